import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { findChrome } from "../../scripts/chrome.mjs";
import { serve } from "../../scripts/serve.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
    chromePath: string;
  }
}

/**
 * Browser tests run against the production build. This checks that dist/ exists, builds a second copy for
 * a configured sub-path (BASE_PATH=/some/sub/) into dist-subpath/, finds Chromium, and serves both.
 */
export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html")) throw new Error("dist/ is missing: run `npm run build` before the browser tests.");
  const chromePath = findChrome();
  try {
    execFileSync("npx", ["astro", "build", "--outDir", "dist-subpath"], {
      // NODE_ENV=production: vitest sets "test", which would make Astro ship the development JSX runtime.
      // Without BASE_URL: vitest sets it to "/", and Astro would take it for import.meta.env.BASE_URL, building
      // pages whose links ignore BASE_PATH.
      env: { ...withoutBaseUrl(process.env), BASE_PATH: "/some/sub/", NODE_ENV: "production" },
      stdio: "pipe",
    });
  } catch (error) {
    const output = String((error as { stdout?: Buffer }).stdout ?? "").slice(-3000);
    throw new Error(`The BASE_PATH=/some/sub/ build failed:\n${output}`);
  }
  const { server, port } = await serve(0);
  project.provide("origin", `http://127.0.0.1:${port}`);
  project.provide("chromePath", chromePath);
  return () => new Promise<void>((done) => server.close(() => done()));
}

function withoutBaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _ignored, ...rest } = env;
  return rest;
}
