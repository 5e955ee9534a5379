import { EventEmitter } from "node:events";

export interface ModelEvent {
  readonly type: string;
  readonly data: unknown;
}

/** Fan-out of per-model events (committed ingest batches) to live subscribers such as SSE streams. */
export class EventHub {
  private readonly emitter = new EventEmitter();

  constructor() {
    // Each open dashboard is a listener; there is no fixed bound worth a warning.
    this.emitter.setMaxListeners(0);
  }

  publish(model: string, event: ModelEvent): void {
    this.emitter.emit(model, event);
  }

  subscribe(model: string, listener: (event: ModelEvent) => void): () => void {
    this.emitter.on(model, listener);
    return () => this.emitter.off(model, listener);
  }

  listeners(model: string): number {
    return this.emitter.listenerCount(model);
  }
}
