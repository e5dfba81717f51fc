/**
 * @module Where JSON text first goes wrong. Node 20's JSON.parse messages often omit the
 * position, so after a failed parse this small scanner walks the grammar (RFC 8259) and reports
 * the offset of the first unexpected character and what it expected there.
 */

export interface JsonFault {
  readonly offset: number;
  readonly expected: string;
}

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/** Offset and expectation of the first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonFault | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i] ?? "")) i++;
  };
  const fail = (expected: string): never => {
    throw new Fault(i, expected);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`"${word}"`);
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('a closing "');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail("no control characters inside a string");
      if (c === 92) {
        const e = text[i + 1] ?? "";
        if ('"\\/bfnrt'.includes(e) && e !== "") i += 2;
        else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else {
          i++;
          fail("a valid escape sequence");
        }
      } else i++;
    }
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === "" || m[0] === "-") fail("a value");
    i += m?.[0].length ?? 0;
  };
  const value = (depth: number): void => {
    if (depth > 2000) fail("less deeply nested data");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail("a property name in double quotes");
        string();
        ws();
        if (text[i] !== ":") fail('":" after a property name');
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail('"," or "}" after a property value');
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail('"," or "]" after an array element');
      }
    }
    if (c === '"') return string();
    if (c === "t") return literal("true");
    if (c === "f") return literal("false");
    if (c === "n") return literal("null");
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return number();
    fail(i >= text.length ? "a value before the end of the text" : "a value");
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail("the end of the text");
    return null;
  } catch (err) {
    if (err instanceof Fault) return { offset: err.offset, expected: err.expected };
    throw err;
  }
}
