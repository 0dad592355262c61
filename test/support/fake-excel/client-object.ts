import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload-size";
import type { FakeWorkbook } from "./workbook-model";

/**
 * The Office.js proxy model, simulated: a proxy queues commands; nothing reaches the workbook and
 * no property can be read until `context.sync()`. Loads are answered with the values as they are
 * at that point of the queue, writes are applied in queue order, and an error stops the batch
 * where it happened (commands before it stay applied), as in Excel.
 */

export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(property: string): FakeRichApiError {
  return new FakeRichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

interface Action {
  /** Bytes this command adds to the request. */
  readonly bytes: number;
  /** Runs at sync time; a query returns its answer's size and how to deliver it. */
  run(): { bytes: number; deliver(): void } | void;
}

export class FakeRequestContext {
  private queue: Action[] = [];
  private readonly nullables = new Set<NullTracked>();

  constructor(readonly model: FakeWorkbook) {}

  get pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  trackNullable(object: NullTracked): void {
    this.nullables.add(object);
  }

  async sync(): Promise<void> {
    this.model.syncs++;
    const actions = this.queue;
    this.queue = [];
    const requestBytes = actions.reduce((sum, action) => sum + ACTION_OVERHEAD_BYTES + action.bytes, 0);
    this.model.largestRequest = Math.max(this.model.largestRequest, requestBytes);
    // Answer asynchronously, as a real round trip would.
    await Promise.resolve();
    if (requestBytes > this.model.payloadLimit) {
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const deliveries: Array<() => void> = [];
    let responseBytes = 0;
    for (const action of actions) {
      const answer = action.run();
      if (answer) {
        responseBytes += answer.bytes;
        deliveries.push(answer.deliver);
      }
    }
    if (responseBytes > this.model.payloadLimit) {
      this.model.refusedResponses++;
      throw new FakeRichApiError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.model.largestResponse = Math.max(this.model.largestResponse, responseBytes);
    for (const deliver of deliveries) deliver();
    for (const object of this.nullables) object.settleNullState();
  }
}

/** A navigation step of a load path: "format" in "format/fill/color". */
export type Navigation = Record<string, () => Capturable>;

interface Capturable {
  capture(paths: ReadonlyArray<string>): { bytes: number; deliver(): void };
}

interface NullTracked {
  settleNullState(): void;
}

export abstract class ClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    private readonly resolver: () => T | null | undefined,
    private readonly orNull = false,
  ) {
    if (orNull) context.trackNullable(this);
  }

  /** Scalar properties a `load` can ask for, read from the target at sync time. */
  protected abstract readonly scalars: Readonly<Record<string, (target: T) => unknown>>;
  /** Navigation properties (child proxies) a load path can go through. */
  protected readonly navigation: Navigation = {};

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** Resolves the target at execution time; a missing item is an error unless this is an *OrNullObject. */
  target(): T | null {
    const target = this.resolver();
    if (target === null || target === undefined) {
      if (this.orNull) return null;
      throw new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist.");
    }
    return target;
  }

  settleNullState(): void {
    try {
      this.nullState = this.target() === null;
    } catch {
      this.nullState = true;
    }
  }

  load(option?: string | string[] | { select?: string; expand?: string }): this {
    const paths = loadPaths(option);
    this.context.enqueue({
      bytes: jsonBytes(paths),
      run: () => this.capture(paths),
    });
    return this;
  }

  /** Runs at sync time: reads the requested values now, delivers them once the whole batch succeeded. */
  capture(requested: ReadonlyArray<string>): { bytes: number; deliver(): void } {
    // A bare load() or load("items") loads every scalar property.
    const paths = requested.length === 0 ? Object.keys(this.scalars) : requested;
    const target = this.target();
    if (target === null) return { bytes: 20, deliver: () => (this.nullState = true) };
    const own = new Map<string, unknown>();
    const children = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/") as [string, ...string[]];
      if (rest.length > 0 || this.navigation[head]) {
        children.set(head, [...(children.get(head) ?? []), ...(rest.length > 0 ? [rest.join("/")] : [])]);
      } else {
        const read = this.scalars[head];
        if (!read) throw new FakeRichApiError("InvalidArgument", `The property '${head}' does not exist on this object.`);
        // Scalar readers build fresh values, so nothing the test holds aliases the workbook.
        own.set(head, read(target));
      }
    }
    let bytes = jsonBytes(Object.fromEntries(own));
    const deliveries: Array<() => void> = [];
    for (const [name, rest] of children) {
      const answer = this.captureChild(name, rest, target);
      bytes += answer.bytes;
      deliveries.push(answer.deliver);
    }
    return {
      bytes,
      deliver: () => {
        this.nullState = false;
        for (const [name, value] of own) this.loaded.set(name, value);
        for (const deliver of deliveries) deliver();
      },
    };
  }

  protected captureChild(name: string, paths: string[], _target: T): { bytes: number; deliver(): void } {
    const child = this.navigation[name];
    if (!child) throw new FakeRichApiError("InvalidArgument", `The property '${name}' does not exist on this object.`);
    return child().capture(paths);
  }

  /** The loaded value of a property; throws PropertyNotLoaded as Office.js does before load + sync. */
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  /** Queues a command on the target; on a null object it does nothing, as in Office.js. */
  protected command(bytes: number, apply: (target: T) => void): void {
    this.context.enqueue({
      bytes,
      run: () => {
        const target = this.target();
        if (target !== null) apply(target);
      },
    });
  }

  /** A value set locally is readable at once (Office.js keeps the value it sends). */
  protected remember(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }
}

/**
 * A collection: `load("items/name")` delivers `items`, one proxy per item as it was at sync time.
 */
export abstract class ClientCollection<T, I, P extends Capturable> extends ClientObject<T> {
  private loadedItems: P[] | undefined;
  protected abstract itemsOf(target: T): I[];
  protected abstract proxyFor(item: I): P;

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  protected override readonly navigation: Navigation = {
    items: () => {
      throw new Error("items is captured by captureChild");
    },
  };

  protected override captureChild(name: string, paths: string[], target: T): { bytes: number; deliver(): void } {
    if (name !== "items") return super.captureChild(name, paths, target);
    const proxies = this.itemsOf(target).map((item) => this.proxyFor(item));
    const answers = proxies.map((proxy) => proxy.capture(paths));
    return {
      bytes: answers.reduce((sum, answer) => sum + answer.bytes + 1, 2),
      deliver: () => {
        this.loadedItems = proxies;
        for (const answer of answers) answer.deliver();
      },
    };
  }
}

/** `OfficeExtension.ClientResult`: a value computed at sync time. */
export class FakeClientResult<V> {
  private settled = false;
  private result: V | undefined;

  constructor(context: FakeRequestContext, compute: () => V) {
    context.enqueue({
      bytes: 80,
      run: () => {
        const value = compute();
        return {
          bytes: jsonBytes(value),
          deliver: () => {
            this.result = value;
            this.settled = true;
          },
        };
      },
    });
  }

  get value(): V {
    if (!this.settled) throw propertyNotLoaded("value");
    return this.result as V;
  }
}

function loadPaths(option: string | string[] | { select?: string; expand?: string } | undefined): string[] {
  if (option === undefined) return [];
  const list = typeof option === "string" ? option.split(",") : Array.isArray(option) ? option : [option.select ?? "", option.expand ?? ""].join(",").split(",");
  return list.map((path) => path.trim()).filter((path) => path !== "");
}
