import { WeightsError } from './errors.ts';
import { OP, opcodeName } from './pickle-opcodes.ts';

// A restricted unpickler: a stack machine over the opcodes of pickle protocols 2 to 5 (plus the
// few text opcodes protocol 2 still emits) that builds plain data and never runs code. Python
// values map to: None -> null, bool -> boolean, int -> number (bigint beyond 2^53), float ->
// number, str -> string, bytes -> Uint8Array, list -> array, tuple -> frozen array, dict ->
// Map, set -> Set. A global (GLOBAL, STACK_GLOBAL) is only admitted when the caller whitelists
// it, and then becomes a `PyGlobal` value; calling it (REDUCE, NEWOBJ) runs the caller's pure
// data constructor for it, never anything of Python's.

/** A whitelisted Python global, as a value on the stack (e.g. `torch.FloatStorage`). */
export class PyGlobal {
  constructor(
    readonly module: string,
    readonly name: string,
  ) {}

  get qualifiedName(): string {
    return `${this.module}.${this.name}`;
  }
}

/** What a whitelisted global does when the pickle calls it; absent `call` means data only. */
export interface GlobalHandler {
  /** Build a value from the argument tuple; throw an Error with a plain message to refuse. */
  readonly call?: (args: readonly unknown[]) => unknown;
}

export interface UnpickleOptions {
  /** The file being read, for error messages. */
  readonly file: string;
  /** Which pickle inside the file, for error messages (e.g. `archive/data.pkl`). */
  readonly source: string;
  /** Admitted globals by qualified name (`module.name`); every other global is refused. */
  readonly globals: ReadonlyMap<string, GlobalHandler>;
  /** Resolves BINPERSID/PERSID ids (torch's storage references); absent means none are allowed. */
  readonly persistentLoad?: (pid: unknown) => unknown;
}

/** Unpickle the pickle that starts at `start`; `end` is the offset just past its STOP. */
export function unpickle(
  bytes: Uint8Array,
  start: number,
  options: UnpickleOptions,
): { value: unknown; end: number } {
  return new Machine(bytes, start, options).run();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

class Machine {
  private pos: number;
  private opStart = 0;
  private opcode = 0;
  private readonly stack: unknown[] = [];
  /** Stack heights at each open MARK. */
  private readonly marks: number[] = [];
  private readonly memo = new Map<number, unknown>();
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    start: number,
    private readonly options: UnpickleOptions,
  ) {
    this.pos = start;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  run(): { value: unknown; end: number } {
    for (;;) {
      if (this.pos >= this.bytes.byteLength) this.fail('the pickle ends without a STOP opcode (truncated?)');
      this.opStart = this.pos;
      this.opcode = this.bytes[this.pos++];
      if (this.opcode === OP.STOP) {
        if (this.stack.length !== 1 || this.marks.length !== 0) {
          this.fail(`STOP with ${this.stack.length} values and ${this.marks.length} open marks on the stack`);
        }
        return { value: this.stack[0], end: this.pos };
      }
      this.step();
    }
  }

  private step(): void {
    const s = this.stack;
    switch (this.opcode) {
      case OP.PROTO:
        if (this.u8() > 5) this.fail(`pickle protocol ${this.bytes[this.pos - 1]} is newer than 5`);
        return;
      case OP.FRAME: // a read-ahead hint; the frame's opcodes simply follow.
        this.take(8);
        return;
      case OP.MARK:
        this.marks.push(s.length);
        return;
      case OP.POP: // pops the mark itself when nothing lies above it, as CPython does
        if (this.marks.length > 0 && s.length === this.marks[this.marks.length - 1]) this.marks.pop();
        else this.pop();
        return;
      case OP.POP_MARK:
        this.popMark();
        return;
      case OP.DUP:
        s.push(this.top());
        return;

      case OP.NONE:
        s.push(null);
        return;
      case OP.NEWTRUE:
        s.push(true);
        return;
      case OP.NEWFALSE:
        s.push(false);
        return;
      case OP.BININT:
        s.push(this.view.getInt32(this.take(4), true));
        return;
      case OP.BININT1:
        s.push(this.u8());
        return;
      case OP.BININT2:
        s.push(this.view.getUint16(this.take(2), true));
        return;
      case OP.LONG1:
        s.push(this.long(this.u8()));
        return;
      case OP.LONG4:
        s.push(this.long(this.u32()));
        return;
      case OP.INT: // text; "00"/"01" are protocol 0's booleans
        s.push(this.intLine());
        return;
      case OP.LONG: // text
        s.push(this.narrow(this.bigintLine(this.line().replace(/L$/, ''))));
        return;
      case OP.BINFLOAT: // big-endian, unlike everything else
        s.push(this.view.getFloat64(this.take(8), false));
        return;
      case OP.FLOAT: // text
        s.push(this.floatLine());
        return;

      case OP.BINUNICODE:
        s.push(this.text(this.u32()));
        return;
      case OP.SHORT_BINUNICODE:
        s.push(this.text(this.u8()));
        return;
      case OP.BINUNICODE8:
        s.push(this.text(this.u64()));
        return;
      case OP.BINSTRING: // Python 2 str; torch.load decodes these as UTF-8 by default
        s.push(this.text(this.view.getInt32(this.take(4), true)));
        return;
      case OP.SHORT_BINSTRING:
        s.push(this.text(this.u8()));
        return;
      case OP.BINBYTES:
        s.push(this.byteString(this.u32()));
        return;
      case OP.SHORT_BINBYTES:
        s.push(this.byteString(this.u8()));
        return;
      case OP.BINBYTES8:
      case OP.BYTEARRAY8:
        s.push(this.byteString(this.u64()));
        return;

      case OP.EMPTY_TUPLE:
        s.push(Object.freeze([]));
        return;
      case OP.TUPLE1:
      case OP.TUPLE2:
      case OP.TUPLE3: {
        const n = this.opcode - OP.TUPLE1 + 1;
        if (s.length - n < this.base()) this.fail(`needs ${n} values on the stack`);
        s.push(Object.freeze(s.splice(s.length - n, n)));
        return;
      }
      case OP.TUPLE:
        s.push(Object.freeze(this.popMark()));
        return;
      case OP.EMPTY_LIST:
        s.push([]);
        return;
      case OP.LIST:
        s.push(this.popMark());
        return;
      case OP.APPEND:
      case OP.APPENDS: {
        const items = this.opcode === OP.APPEND ? [this.pop()] : this.popMark();
        const list = this.top();
        if (!Array.isArray(list) || Object.isFrozen(list))
          this.fail(`expects a list, found ${describe(list)}`);
        for (const item of items) list.push(item);
        return;
      }
      case OP.EMPTY_DICT:
        s.push(new Map());
        return;
      case OP.DICT:
        s.push(this.setItems(new Map(), this.popMark()));
        return;
      case OP.SETITEM: {
        const value = this.pop();
        const key = this.pop();
        this.setItems(this.top(), [key, value]);
        return;
      }
      case OP.SETITEMS: {
        const items = this.popMark();
        this.setItems(this.top(), items);
        return;
      }
      case OP.EMPTY_SET:
        s.push(new Set());
        return;
      case OP.ADDITEMS: {
        const items = this.popMark();
        const set = this.top();
        if (!(set instanceof Set)) return this.fail(`expects a set, found ${describe(set)}`);
        for (const item of items) set.add(item);
        return;
      }
      case OP.FROZENSET:
        s.push(new Set(this.popMark()));
        return;

      case OP.BINPUT:
        this.memo.set(this.u8(), this.top());
        return;
      case OP.LONG_BINPUT:
        this.memo.set(this.u32(), this.top());
        return;
      case OP.PUT:
        this.memo.set(this.intLineStrict(), this.top());
        return;
      case OP.MEMOIZE:
        this.memo.set(this.memo.size, this.top());
        return;
      case OP.BINGET:
        s.push(this.get(this.u8()));
        return;
      case OP.LONG_BINGET:
        s.push(this.get(this.u32()));
        return;
      case OP.GET:
        s.push(this.get(this.intLineStrict()));
        return;

      case OP.GLOBAL: {
        const module = this.line();
        s.push(this.global(module, this.line()));
        return;
      }
      case OP.STACK_GLOBAL: {
        const name = this.pop();
        const module = this.pop();
        if (typeof module !== 'string' || typeof name !== 'string') {
          this.fail(`expects two strings, found ${describe(module)} and ${describe(name)}`);
        }
        s.push(this.global(module, name));
        return;
      }
      case OP.REDUCE:
      case OP.NEWOBJ: {
        // cls.__new__(cls, *args) for NEWOBJ: the same constructor for the data types we admit.
        const args = this.pop();
        s.push(this.call(this.pop(), args));
        return;
      }
      case OP.NEWOBJ_EX: {
        const kwargs = this.pop();
        const args = this.pop();
        if (!(kwargs instanceof Map) || kwargs.size !== 0) this.fail('keyword arguments are not supported');
        s.push(this.call(this.pop(), args));
        return;
      }
      case OP.BUILD: {
        const state = this.pop();
        const target = this.top();
        // torch pickles OrderedDict instance attributes (a state dict's `_metadata` versions) this
        // way; they do not affect the tensors, so they are dropped rather than modelled.
        if (target instanceof Map && (state === null || state instanceof Map)) return;
        this.fail(`cannot set state ${describe(state)} on ${describe(target)}`);
        return;
      }
      case OP.BINPERSID:
        s.push(this.persistent(this.pop()));
        return;
      case OP.PERSID:
        s.push(this.persistent(this.line()));
        return;

      default:
        this.fail(`opcode ${opcodeName(this.opcode)} is not supported by this restricted unpickler`);
    }
  }

  private global(module: string, name: string): PyGlobal {
    const qualified = `${module}.${name}`;
    if (!this.options.globals.has(qualified)) {
      this.fail(
        `refusing global '${qualified}': ranetc unpickles only tensors, storages and plain containers and never ` +
          'runs code from a checkpoint (a checkpoint that pickles a whole model or other objects must be ' +
          're-saved as model.state_dict())',
      );
    }
    return new PyGlobal(module, name);
  }

  private call(callable: unknown, args: unknown): unknown {
    if (!(callable instanceof PyGlobal)) return this.fail(`cannot call ${describe(callable)}`);
    if (!Array.isArray(args))
      return this.fail(`${callable.qualifiedName} called with ${describe(args)} as arguments`);
    const call = this.options.globals.get(callable.qualifiedName)?.call;
    if (!call) return this.fail(`${callable.qualifiedName} may be referenced but not called`);
    return this.guard(() => call(args), callable.qualifiedName);
  }

  private persistent(pid: unknown): unknown {
    const load = this.options.persistentLoad;
    if (!load) return this.fail('persistent ids are not expected in this pickle');
    return this.guard(() => load(pid), 'persistent id');
  }

  /** Re-raise a handler's refusal with the file, pickle and byte offset attached. */
  private guard(fn: () => unknown, what: string): unknown {
    try {
      return fn();
    } catch (err) {
      if (err instanceof WeightsError) throw err;
      return this.fail(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private setItems(target: unknown, items: unknown[]): Map<unknown, unknown> {
    if (!(target instanceof Map)) return this.fail(`expects a dict, found ${describe(target)}`);
    if (items.length % 2 !== 0) this.fail('expects key/value pairs, found an odd number of values');
    for (let i = 0; i < items.length; i += 2) target.set(items[i], items[i + 1]);
    return target;
  }

  private get(index: number): unknown {
    if (!this.memo.has(index)) this.fail(`memo entry ${index} was never stored`);
    return this.memo.get(index);
  }

  private base(): number {
    return this.marks.length > 0 ? this.marks[this.marks.length - 1] : 0;
  }

  private top(): unknown {
    if (this.stack.length <= this.base()) this.fail('the stack is empty');
    return this.stack[this.stack.length - 1];
  }

  private pop(): unknown {
    if (this.stack.length <= this.base()) this.fail('the stack is empty');
    return this.stack.pop();
  }

  private popMark(): unknown[] {
    const mark = this.marks.pop();
    if (mark === undefined) return this.fail('no MARK is open');
    return this.stack.splice(mark);
  }

  // --- operand readers -----------------------------------------------------------------------

  /** Advance past `n` operand bytes and return where they start. */
  private take(n: number): number {
    if (n < 0) this.fail(`negative operand length ${n}`);
    if (n > this.bytes.byteLength - this.pos) {
      this.fail(`needs ${n} operand bytes but only ${this.bytes.byteLength - this.pos} remain (truncated?)`);
    }
    const at = this.pos;
    this.pos += n;
    return at;
  }

  private u8(): number {
    return this.bytes[this.take(1)];
  }

  private u32(): number {
    return this.view.getUint32(this.take(4), true);
  }

  private u64(): number {
    const value = this.view.getBigUint64(this.take(8), true);
    if (value > BigInt(this.bytes.byteLength)) this.fail(`length ${value} exceeds the file`);
    return Number(value);
  }

  private byteString(n: number): Uint8Array {
    const at = this.take(n);
    return new Uint8Array(this.bytes.subarray(at, at + n)); // a copy, even when given a Node Buffer
  }

  private text(n: number): string {
    const at = this.take(n);
    return this.decode(at, at + n);
  }

  /** Little-endian two's complement of `n` bytes. */
  private long(n: number): number | bigint {
    const at = this.take(n);
    let value = 0n;
    for (let i = n - 1; i >= 0; i--) value = (value << 8n) | BigInt(this.bytes[at + i]);
    if (n > 0 && this.bytes[at + n - 1] & 0x80) value -= 1n << BigInt(8 * n);
    return this.narrow(value);
  }

  private narrow(value: bigint): number | bigint {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value;
  }

  private line(): string {
    const end = this.bytes.indexOf(0x0a, this.pos);
    if (end < 0) return this.fail('a text operand is not terminated by a newline (truncated?)');
    const at = this.take(end - this.pos + 1);
    return this.decode(at, end);
  }

  private decode(at: number, end: number): string {
    try {
      return utf8.decode(this.bytes.subarray(at, end));
    } catch {
      return this.fail('a string is not valid UTF-8');
    }
  }

  private intLine(): number | bigint | boolean {
    const text = this.line();
    if (text === '00') return false;
    if (text === '01') return true;
    return this.narrow(this.bigintLine(text));
  }

  private intLineStrict(): number {
    const text = this.line();
    if (!/^\d+$/.test(text)) this.fail(`expects a memo index, found '${text}'`);
    return Number(text);
  }

  private bigintLine(text: string): bigint {
    if (!/^[-+]?\d+$/.test(text)) this.fail(`expects an integer, found '${text}'`);
    return BigInt(text);
  }

  private floatLine(): number {
    const text = this.line();
    const value = Number(text);
    if (text.trim() === '' || (Number.isNaN(value) && !/^[-+]?nan$/i.test(text))) {
      this.fail(`expects a float, found '${text}'`);
    }
    return value;
  }

  private fail(detail: string): never {
    throw new WeightsError(
      this.options.file,
      `pickle ${this.options.source}, byte ${this.opStart} (${opcodeName(this.opcode)}): ${detail}`,
    );
  }
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'None';
  if (value instanceof PyGlobal) return `global ${value.qualifiedName}`;
  if (value instanceof Map) return `a dict of ${value.size} items`;
  if (value instanceof Set) return `a set of ${value.size} items`;
  if (value instanceof Uint8Array) return `${value.byteLength} bytes`;
  if (Array.isArray(value))
    return `${Object.isFrozen(value) ? 'a tuple' : 'a list'} of ${value.length} items`;
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (typeof value === 'object') return `a ${value.constructor.name}`;
  return String(value);
}
