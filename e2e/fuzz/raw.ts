// Requests written byte for byte on a socket, for what an HTTP client library would refuse or clean up: raw bytes
// above 0x7f and overlong UTF-8 in the path, bad request lines, conflicting lengths, header injection.
import net from "node:net";
import { ODD_ENCODINGS } from "./generator";

export interface RawRequest {
  label: string;
  bytes: Buffer;
}

/** The status code of the answer, or null when the server closed the connection without one (also fine). */
export function sendRaw(port: number, bytes: Buffer, timeoutMs = 15_000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error("no answer in time"));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
      resolve(match ? Number(match[1]) : null);
    };
    socket.on("connect", () => socket.end(bytes));
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      // The status line is all we need.
      if (/\r\n/.test(received)) {
        socket.destroy();
        finish();
      }
    });
    socket.on("error", () => finish());
    socket.on("close", finish);
  });
}

const head = (line: string, headers: string[] = []) => Buffer.from([line, "Host: localhost", "Connection: close", ...headers, "", ""].join("\r\n"), "latin1");

export function rawRequests(paths: string[]): RawRequest[] {
  const requests: RawRequest[] = [];
  const rawBytes = [
    Buffer.from([0xff]),
    Buffer.from([0xc0, 0xaf]),
    Buffer.from([0xe0, 0x80, 0xaf]),
    Buffer.from([0xed, 0xa0, 0x80]),
    Buffer.from([0x80]),
    Buffer.from("é", "utf8"),
    Buffer.from("é", "latin1"),
  ];
  for (const path of paths) {
    for (const bytes of rawBytes) {
      requests.push({
        label: `raw byte ${bytes.toString("hex")} in ${path}`,
        bytes: Buffer.concat([Buffer.from(`GET ${path}/`, "latin1"), bytes, head(" HTTP/1.1")]),
      });
      requests.push({
        label: `raw byte ${bytes.toString("hex")} in the query of ${path}`,
        bytes: Buffer.concat([Buffer.from(`GET ${path}?q=`, "latin1"), bytes, head(" HTTP/1.1")]),
      });
    }
    for (const encoding of ODD_ENCODINGS.slice(0, 12))
      requests.push({ label: `raw ${encoding} in ${path}`, bytes: head(`GET ${path}/${encoding}?q=${encoding} HTTP/1.1`) });
  }
  const first = paths[0] ?? "/";
  requests.push(
    { label: "absolute-form target", bytes: head(`GET http://localhost${first} HTTP/1.1`) },
    { label: "absolute-form other host", bytes: head(`GET http://evil.example/admin HTTP/1.1`) },
    { label: "asterisk target", bytes: head("OPTIONS * HTTP/1.1") },
    { label: "backslashes", bytes: head(`GET \\..\\..\\etc\\passwd HTTP/1.1`) },
    { label: "no leading slash", bytes: head("GET organisations HTTP/1.1") },
    { label: "double slash", bytes: head("GET //evil.example/%2e%2e HTTP/1.1") },
    { label: "dot segments", bytes: head("GET /organisations/../../../../etc/passwd HTTP/1.1") },
    { label: "encoded dot segments", bytes: head("GET /organisations/%2e%2e/%2e%2e/api/health HTTP/1.1") },
    { label: "HTTP/1.0 without host", bytes: Buffer.from(`GET ${first} HTTP/1.0\r\n\r\n`, "latin1") },
    { label: "HTTP/2.0 on a 1.1 socket", bytes: head(`GET ${first} HTTP/2.0`) },
    { label: "HTTP/9.9", bytes: head(`GET ${first} HTTP/9.9`) },
    { label: "lowercase method", bytes: head(`get ${first} HTTP/1.1`) },
    { label: "unknown method", bytes: head(`BREW ${first} HTTP/1.1`) },
    { label: "CONNECT", bytes: head("CONNECT localhost:443 HTTP/1.1") },
    { label: "two hosts", bytes: head(`GET ${first} HTTP/1.1`, ["Host: evil.example"]) },
    { label: "header without colon", bytes: head(`GET ${first} HTTP/1.1`, ["NoColonHere"]) },
    {
      label: "header with raw 0xff",
      bytes: Buffer.concat([
        Buffer.from(`GET ${first} HTTP/1.1\r\nHost: localhost\r\nX-Odd: `, "latin1"),
        Buffer.from([0xff, 0xfe]),
        Buffer.from("\r\nConnection: close\r\n\r\n", "latin1"),
      ]),
    },
    {
      label: "accept-language with raw bytes",
      bytes: Buffer.concat([
        Buffer.from(`GET / HTTP/1.1\r\nHost: localhost\r\nAccept-Language: `, "latin1"),
        Buffer.from([0xc0, 0xaf, 0xff]),
        Buffer.from("\r\nConnection: close\r\n\r\n", "latin1"),
      ]),
    },
    {
      label: "cookie with raw bytes",
      bytes: Buffer.concat([
        Buffer.from(`GET / HTTP/1.1\r\nHost: localhost\r\nCookie: authjs.session-token=`, "latin1"),
        Buffer.from([0xff, 0x00]),
        Buffer.from("\r\nConnection: close\r\n\r\n", "latin1"),
      ]),
    },
    { label: "obsolete line folding", bytes: head(`GET ${first} HTTP/1.1`, ["X-Folded: a", " b"]) },
    {
      label: "content-length and chunked",
      bytes: Buffer.from(
        `POST /api/introductions HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n0\r\n\r\n`,
        "latin1",
      ),
    },
    {
      label: "two content-lengths",
      bytes: Buffer.from(
        `POST /api/introductions HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\nContent-Length: 30\r\nConnection: close\r\n\r\n{}`,
        "latin1",
      ),
    },
    {
      label: "negative content-length",
      bytes: Buffer.from(`POST /api/introductions HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\nConnection: close\r\n\r\n{}`, "latin1"),
    },
    {
      label: "content-length beyond the body",
      bytes: Buffer.from(
        `POST /sign-in HTTP/1.1\r\nHost: localhost\r\nContent-Length: 999\r\nNext-Action: ${"0".repeat(42)}\r\nConnection: close\r\n\r\nemail=x`,
        "latin1",
      ),
    },
    {
      label: "bad chunk size",
      bytes: Buffer.from(
        `POST /api/introductions HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
        "latin1",
      ),
    },
    {
      label: "chunked, unfinished",
      bytes: Buffer.from(
        `POST /api/introductions HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nOrigin: http://localhost\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n2\r\n{}\r\n`,
        "latin1",
      ),
    },
    {
      label: "transfer-encoding gzip",
      bytes: Buffer.from(
        `POST /api/introductions HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n0\r\n\r\n`,
        "latin1",
      ),
    },
    {
      label: "content-encoding gzip that is not",
      bytes: Buffer.from(
        `POST /api/introductions HTTP/1.1\r\nHost: localhost\r\nContent-Encoding: gzip\r\nContent-Type: application/json\r\nOrigin: http://localhost\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        "latin1",
      ),
    },
    {
      label: "header injection in the target",
      bytes: Buffer.from(`GET /?a=1\r\nX-Injected: 1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, "latin1"),
    },
    { label: "NUL in the target", bytes: Buffer.from(`GET /organisations/\u0000 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, "latin1") },
    { label: "tab in the target", bytes: Buffer.from(`GET /organisations/\tx HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`, "latin1") },
    { label: "very long request line", bytes: head(`GET /${"a".repeat(70_000)} HTTP/1.1`) },
    {
      label: "a hundred headers of 1 kB",
      bytes: head(
        `GET ${first} HTTP/1.1`,
        Array.from({ length: 100 }, (_, index) => `X-H${index}: ${"v".repeat(1_000)}`),
      ),
    },
  );
  return requests;
}
