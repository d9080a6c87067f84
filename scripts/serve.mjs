// A plain static file server for dist/, as any web host would serve it: index.html for folders, 404.html
// for missing files, text compressed with gzip when the browser accepts it (as nginx, Apache and GitHub Pages do,
// so that `npm run audit` measures what a reader's browser downloads). `--port N` (default 4321). The same folder is also mounted under /teaching/na/ to show
// it works from a sub-path; dist-subpath/ (a BASE_PATH=/some/sub/ build), if present, under /some/sub/.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pagefind": "application/octet-stream",
};

/** Types a web host compresses: text of every kind. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|x-bibtex)|image\/svg\+xml)/;

/** Mount points: URL prefix → folder. Longest prefix first. */
export function mounts(root = process.cwd()) {
  return [
    ["/some/sub/", resolve(root, "dist-subpath")],
    ["/teaching/na/", resolve(root, "dist")],
    ["/", resolve(root, "dist")],
  ];
}

async function fileFor(dir, path) {
  const target = normalize(join(dir, decodeURIComponent(path)));
  if (!target.startsWith(dir)) return undefined;
  try {
    const s = await stat(target);
    if (s.isDirectory()) {
      const index = join(target, "index.html");
      return (await stat(index).catch(() => undefined)) ? index : undefined;
    }
    return target;
  } catch {
    return undefined;
  }
}

/** Starts the server; resolves with { server, port }. */
export function serve(port = 4321, root = process.cwd()) {
  const table = mounts(root);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const [prefix, dir] = table.find(([p]) => path.startsWith(p)) ?? table.at(-1);
    // A folder URL without its trailing slash is redirected, as static hosts do.
    const file = await fileFor(dir, path.slice(prefix.length));
    if (file && !path.endsWith("/") && file.endsWith("index.html") && !path.endsWith(".html")) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    const chosen = file ?? join(dir, "404.html");
    try {
      const type = TYPES[extname(chosen)] ?? "application/octet-stream";
      const headers = { "Content-Type": type, Vary: "Accept-Encoding" };
      let body = await readFile(chosen);
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        body = gzipSync(body, { level: 6 });
        headers["Content-Encoding"] = "gzip";
      }
      res.writeHead(file ? 200 : 404, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok({ server, port: server.address().port })));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const i = process.argv.indexOf("--port");
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PORT ?? 4321);
  const { port: p } = await serve(port);
  console.log(`Sodiophilic is served at http://localhost:${p}/ (also at http://localhost:${p}/teaching/na/). Ctrl+C stops it.`);
}
