/**
 * Messages between threads as an awaitable queue: `next()` resolves with the oldest message,
 * or rejects once `fail` was called and the messages before the failure are taken.
 */
export class AsyncQueue<T> {
  readonly #items: T[] = [];
  #failure: { error: unknown } | null = null;
  #waiter: { resolve: (item: T) => void; reject: (error: unknown) => void } | null = null;

  push(item: T): void {
    if (this.#waiter) {
      const waiter = this.#waiter;
      this.#waiter = null;
      waiter.resolve(item);
    } else this.#items.push(item);
  }

  /** Ends the queue with an error (the first one given wins). */
  fail(error: unknown): void {
    this.#failure ??= { error };
    if (this.#waiter) {
      const waiter = this.#waiter;
      this.#waiter = null;
      waiter.reject(this.#failure.error);
    }
  }

  next(): Promise<T> {
    if (this.#items.length > 0) return Promise.resolve(this.#items.shift()!);
    if (this.#failure) return Promise.reject(this.#failure.error);
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }
}
