// Lays out a node-link JSON export with d3-force, as a D3 page would: `forceLink(links)`
// resolving each link's `source`/`target` by node `id` (d3 throws "node not found" on a
// dangling id), then a few ticks. Prints node and link counts, the links left unresolved
// and whether every node got a finite position, as one JSON object.
//
// Usage: node read_json_d3.mjs GRAPH_JSON NODE_MODULES_DIR (holding d3-force from npm).
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const [file, modules] = process.argv.slice(2);
const d3 = await import(pathToFileURL(join(modules, 'd3-force', 'dist', 'd3-force.mjs')));
const data = JSON.parse(readFileSync(file, 'utf8'));
d3.forceSimulation(data.nodes)
  .force('link', d3.forceLink(data.links).id((d) => d.id))
  .stop()
  .tick(5);
const unresolved = data.links.filter(
  (l) => typeof l.source !== 'object' || typeof l.target !== 'object',
).length;
const placed = data.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
process.stdout.write(
  JSON.stringify({nodes: data.nodes.length, links: data.links.length, unresolved, placed}) +
    '\n',
);
