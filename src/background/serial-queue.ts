/** Runs each task it is given after the previous one has settled. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * A new queue: tasks run one after another, each after the previous has settled (a failure does
 * not stop the queue). The worker may be stopped at any moment, so a queue only orders work while
 * it is alive; the state itself lives in storage.
 */
export function serialQueue(): SerialQueue {
	let last: Promise<unknown> = Promise.resolve();
	return <T>(task: () => Promise<T>): Promise<T> => {
		const run = last.then(task, task);
		last = run.catch(() => undefined);
		return run;
	};
}
