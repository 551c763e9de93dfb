// Reads a GEXF export with graphology-gexf (the parser of Gephi Lite) and prints, as one
// JSON object: node and edge counts, the attributes of one group, and the number of
// provenance records in the `provenance` JSON text of every node and edge.
//
// Usage: NODE_PATH=DIR/node_modules node read_gexf.js GEXF NODE_ID
// (DIR holding graphology, graphology-gexf and @xmldom/xmldom from npm).
'use strict';
const fs = require('fs');
const Graph = require('graphology');
const gexf = require('graphology-gexf');

const [file, nodeId] = process.argv.slice(2);
const graph = gexf.parse(Graph, fs.readFileSync(file, 'utf8'));
let records = 0;
const count = (attributes) => {
  if (attributes.provenance) records += JSON.parse(attributes.provenance).length;
};
graph.forEachNode((_, attributes) => count(attributes));
graph.forEachEdge((_, attributes) => count(attributes));
const node = Object.assign({}, graph.getNodeAttributes(nodeId));
delete node.provenance;
process.stdout.write(
  JSON.stringify({nodes: graph.order, edges: graph.size, node, records}) + '\n',
);
