// Training text for the synthetic BPE vocabulary. It only has to look like
// ordinary English chat traffic so the learned merges produce realistic token
// counts (~4 chars/token) for benchmark prompts. Changing it changes every
// synthesized model's vocabulary (and file hash), so treat it as frozen.
export const BPE_CORPUS = `The quick brown fox jumps over the lazy dog. The dog did not mind; it was a warm afternoon and the sun was shining over the hills.
Hello, world! This is a small piece of text that we use to learn how words are put together. It is not meant to be read by anyone.
You are a helpful assistant. Please answer the question below as clearly and briefly as you can.
What is the capital of France? The capital of France is Paris. What is the capital of Germany? The capital of Germany is Berlin.
Can you tell me a story about a cat who lived in a small house by the river? Of course! Once upon a time, there was a little cat named Tom.
Tom loved to sit by the window and watch the boats go by. Every morning he would wake up early, stretch his legs, and wait for the first boat.
I don't know what you mean. Could you explain it again? I'm sorry, I didn't understand the question. We'll try again tomorrow.
They're going to the market to buy some apples, bread, milk, and cheese. She's been working on the project for three weeks now.
In 2023, the company reported revenue of 4.5 billion dollars, up 12 percent from the previous year. Costs rose by 7 percent.
The meeting is at 10:30 on Monday, March 4th. Please bring your notes and the report from last quarter.
Step 1: open the file. Step 2: read the data. Step 3: close the file. If an error occurs, print a message and stop.
Here is a simple function that adds two numbers: function add(a, b) { return a + b; } It returns the sum of a and b.
The model generates text one token at a time. Each token is chosen from a vocabulary of many thousands of possible pieces.
Machine learning is a field of computer science that gives computers the ability to learn without being explicitly programmed.
A large language model is trained on a large amount of text, and it learns to predict the next word in a sentence.
Water boils at 100 degrees Celsius at sea level. Ice melts at 0 degrees. The human body is about 60 percent water.
The history of the world is long and complicated. People have lived in cities for thousands of years, trading goods and ideas.
Music, art, and literature are important parts of human culture. Many people enjoy reading books, listening to songs, and visiting museums.
Thank you for your help! You're welcome. Is there anything else I can do for you today? No, that's all. Have a nice day!
Summarize the following paragraph in one sentence. Translate this sentence into Spanish. Write a short poem about the sea.
The weather today is cloudy with a chance of rain in the evening. Tomorrow will be sunny and warm, with a high of 25 degrees.
Our team is building a system that serves requests from many users at the same time. Each request is placed in a queue.
The scheduler picks the next request and sends it to a worker. The worker runs the model and streams the answer back to the user.
When the system is busy, requests wait longer in the queue. When it is idle, they are answered almost at once.
How many legs does a spider have? A spider has eight legs. How many days are in a week? There are seven days in a week.
Why is the sky blue? The sky looks blue because air scatters short blue wavelengths of sunlight more than long red ones.
Please write a list of five fruits: apple, banana, orange, grape, and pear. Now write a list of three colors: red, green, and blue.
My favorite food is pizza, but I also like pasta, rice, soup, and fresh salad with tomatoes and olive oil.
The train leaves the station at 8 o'clock and arrives in the city two hours later. Tickets cost 15 dollars each way.
Learning a new language takes time and practice. Start with simple words, then build sentences, and speak as often as possible.
"Where are you going?" he asked. "Home," she said. "It's getting late, and I have to get up early in the morning."
The children played in the garden until dinner was ready. Their mother called them inside, and they washed their hands.
Computers store information as numbers. Text is stored as a sequence of bytes, and each character is one or more bytes.
Some words are very common, such as the, and, of, to, in, is, it, that, was, for, on, are, with, as, and this.
Other words are rare, like photosynthesis, extraordinary, or unbelievably, and they are usually split into several pieces.
Thinking step by step helps to solve hard problems. First understand the problem, then make a plan, then carry out the plan.
The answer is 42. The total is 1,234 items. The price went from $9.99 to $12.50. The score was 3 to 1 after extra time.
Good morning! How are you? I'm fine, thanks. And you? I'm doing well. It's nice to see you again after such a long time.
Please keep your answer short. Use simple words. Do not repeat the question. If you are not sure, say that you do not know.
`;
