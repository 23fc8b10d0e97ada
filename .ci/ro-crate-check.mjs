// An independent check of crates written by `sst archive`: the RO-Crate JavaScript library (npm package ro-crate)
// reads each crate's ro-crate-metadata.json, and this script then finds every file the metadata describes, with its
// size and SHA-256, and every file in the crate described. A zip is read by this script's own small reader (Node's
// zlib inflates the entries), so Java's zip code is not the only one that has read it.
//
//   node .ci/ro-crate-check.mjs NODE_MODULES CRATE...      (CRATE: a zip or a folder)
//
// Prints one line per crate that passes; on any mismatch, every problem, and exits 1.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [modules, ...crates] = process.argv.slice(2);
if (!modules || crates.length === 0) {
  console.error('usage: node .ci/ro-crate-check.mjs NODE_MODULES CRATE...');
  process.exit(2);
}
const require = createRequire(path.resolve(modules) + path.sep);
const { ROCrate, Validator } = require('ro-crate');

const METADATA = 'ro-crate-metadata.json';
const SIDECAR = METADATA + '.sha256';

/** The files of a zip, by name: read from its central directory, each inflated and checked against its CRC. */
function readZip(file) {
  const zip = fs.readFileSync(file);
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const packed = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (name.startsWith('/') || name.split('/').includes('..')) throw new Error(`${file}: entry ${name} escapes`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + packed);
    const bytes = method === 0 ? Buffer.from(data) : method === 8 ? zlib.inflateRawSync(data)
      : (() => { throw new Error(`${file}: ${name}: compression method ${method}`); })();
    if (zlib.crc32 && (zlib.crc32(bytes) >>> 0) !== crc) throw new Error(`${file}: ${name}: CRC mismatch`);
    if (files.has(name)) throw new Error(`${file}: two entries named ${name}`);
    files.set(name, bytes);
  }
  return files;
}

/** The files of a folder, by path with '/' between folders. */
function readFolder(root) {
  const files = new Map();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      if (entry.isSymbolicLink()) throw new Error(`${root}: ${rel} is a symbolic link`);
      if (entry.isDirectory()) walk(full);
      else files.set(rel, fs.readFileSync(full));
    }
  };
  walk(root);
  return files;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const asArray = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);

function check(cratePath) {
  const problems = [];
  const files = fs.statSync(cratePath).isDirectory() ? readFolder(cratePath) : readZip(cratePath);
  if (!files.has(METADATA)) return [`${cratePath}: no ${METADATA}`];
  const metadata = files.get(METADATA);
  const json = JSON.parse(metadata.toString('utf8'));

  // The library's own reading and its rules for the root data entity (no network: the context is not fetched).
  const validator = new Validator();
  validator.parseJSON(json);
  if (!validator.crate) return [`${cratePath}: the ro-crate library cannot read the metadata`];
  validator.rootDataEntity();
  const references = {};
  for (const name of files.keys()) {
    if (name !== METADATA) references[encodeURI(name)] = { exists: true, isDir: false };
  }
  validator.checkFiles(references);
  for (const r of validator.results) {
    if (r.status !== 'success') problems.push(`${cratePath}: ro-crate ${r.status}: ${r.message}${r.entity ? ' (' + r.entity + ')' : ''}`);
  }

  const crate = new ROCrate(json, { array: true, link: true });
  const root = crate.rootDataset;
  if (!root) return problems.concat(`${cratePath}: the ro-crate library finds no root dataset`);
  const parts = new Set(asArray(root.hasPart).map((p) => p['@id']));
  const described = new Set();
  for (const entity of crate.entities()) {
    const id = entity['@id'];
    if (!asArray(entity['@type']).includes('File') || id.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(id)) continue;
    const name = decodeURIComponent(id);
    described.add(name);
    const where = `${cratePath}/${name}`;
    if (!parts.has(id)) problems.push(`${where}: not in the root dataset's hasPart`);
    if (!crate.getEntity(id)) problems.push(`${where}: the library cannot look it up by its @id`);
    const bytes = files.get(name);
    if (!bytes) { problems.push(`${where}: described but not in the crate`); continue; }
    const size = asArray(entity.contentSize)[0];
    if (String(size) !== String(bytes.length)) problems.push(`${where}: ${bytes.length} bytes, the metadata says ${size}`);
    if (!asArray(entity.encodingFormat)[0]) problems.push(`${where}: no encodingFormat`);
    if (name === SIDECAR) {
      const line = `${sha256(metadata)}  ${METADATA}\n`;
      if (bytes.toString('utf8') !== line) problems.push(`${where}: does not hold the SHA-256 of ${METADATA}`);
      continue;
    }
    const hash = asArray(entity.sha256)[0];
    if (hash !== sha256(bytes)) problems.push(`${where}: SHA-256 ${sha256(bytes)}, the metadata says ${hash}`);
  }
  for (const name of files.keys()) {
    if (name !== METADATA && !described.has(name)) problems.push(`${cratePath}/${name}: in the crate, not described`);
  }
  const action = crate.getEntity('#sst-archive');
  if (!action || !asArray(action.instrument).some((i) => asArray(i['@type']).includes('SoftwareApplication'))) {
    problems.push(`${cratePath}: no CreateAction whose instrument is the SoftwareApplication sst`);
  }
  if (problems.length === 0) {
    console.log(`${cratePath}: read by ro-crate: root "${asArray(root.name)[0]}", ${described.size} files described,`
      + ' every size and SHA-256 matches, every file described');
  }
  return problems;
}

let failed = false;
for (const crate of crates) {
  let problems;
  try {
    problems = check(crate);
  } catch (e) {
    problems = [e.message.startsWith(crate) ? e.message : `${crate}: ${e.message}`];
  }
  for (const p of problems) console.error(p);
  failed ||= problems.length > 0;
}
if (failed) {
  console.error('ro-crate check FAILED');
  process.exit(1);
}
