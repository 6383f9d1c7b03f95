/**
 * When a coalescer sends what it has gathered: on the event loop's next check phase after the
 * first request, and never while its previous send is still out — requests made meanwhile go in
 * the send that follows it. Alone, a request goes out at once; under load, each send carries
 * everything that came while the one before it was out.
 */
export class FlushScheduler {
  private scheduled = false;
  /** A send is out: new requests wait for it. */
  private flushing = false;

  /** `flush` takes what is pending and sends it; it must settle its callers itself and not throw. */
  constructor(
    private readonly flush: () => Promise<void>,
    private readonly hasPending: () => boolean,
  ) {}

  /** Asks for a send of what is pending. */
  request(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => void this.run());
  }

  private async run(): Promise<void> {
    this.scheduled = false;
    this.flushing = true;
    try {
      await this.flush();
    } finally {
      this.flushing = false;
      if (this.hasPending()) this.request();
    }
  }
}
