import type { OpenAPIHono } from '@hono/zod-openapi';

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>tipwatch</title></head>
<body>
<h1>tipwatch</h1>
<p>Forced-labour and trafficking risk reference data, over HTTP. Every fact carries its source.</p>
<ul>
<li><a href="/api/openapi.json">API description (OpenAPI 3.1)</a></li>
<li><a href="/api/countries">Countries</a>, e.g. <a href="/api/countries/CHN">China</a></li>
<li><a href="/api/hotlines">Hotlines</a></li>
<li><a href="/api/grants">Grants</a>, <a href="/api/reports">reports</a>, <a href="/api/news">news</a> (<a href="/feed.atom">Atom feed</a>)</li>
<li><a href="/api/data">Datasets, versions and known gaps</a></li>
</ul>
<p>Name matching: <code>POST /api/match</code> with <code>{"name": "...", "country": "CN"}</code>.</p>
</body>
</html>
`;

/** `GET /`: a plain page linking the API description. */
export function registerHome(app: OpenAPIHono): void {
  app.get('/', (c) => c.html(PAGE));
}
