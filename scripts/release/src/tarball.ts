import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gzip } from "node:zlib";

/** The layout of an npm package tarball: a gzipped tar whose files are under `package/`. */

const BLOCK = 512;
/** The timestamp npm gives every file it packs (1985-10-26T08:15:00Z), so packing is repeatable. */
const NPM_MTIME = 499162500;

interface Entry {
  name: string;
  mode: number;
  content: Buffer;
}

/** Every file under `directory` (relative, `/`-separated, sorted), `node_modules` left out. */
async function listFiles(directory: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(path.join(directory, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== "node_modules") {
      files.push(...(await listFiles(directory, relative)));
    } else if (entry.isFile()) {
      files.push(relative);
    }
  }
  return files;
}

function writeField(header: Buffer, offset: number, length: number, value: string): void {
  header.write(value, offset, length, "utf8");
}

function octal(value: number, length: number): string {
  return `${value.toString(8).padStart(length - 1, "0")}\0`;
}

/** A ustar header; a path longer than 100 bytes is split into `prefix` and `name` at a `/`. */
function header({ name, mode, content }: Entry): Buffer {
  let prefix = "";
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const slashes = [...name.matchAll(/\//g)].map((match) => match.index);
    const split = slashes.find((index) => Buffer.byteLength(name.slice(index + 1)) <= 100);
    if (split === undefined || Buffer.byteLength(name.slice(0, split)) > 155) {
      throw new Error(`path too long for a tar header: ${name}`);
    }
    prefix = name.slice(0, split);
    base = name.slice(split + 1);
  }
  const block = Buffer.alloc(BLOCK);
  writeField(block, 0, 100, base);
  writeField(block, 100, 8, octal(mode, 8));
  writeField(block, 108, 8, octal(0, 8));
  writeField(block, 116, 8, octal(0, 8));
  writeField(block, 124, 12, octal(content.length, 12));
  writeField(block, 136, 12, octal(NPM_MTIME, 12));
  block.fill(" ", 148, 156); // the checksum counts its own field as spaces
  writeField(block, 156, 1, "0");
  writeField(block, 257, 6, "ustar\0");
  writeField(block, 263, 2, "00");
  writeField(block, 345, 155, prefix);
  const checksum = block.reduce((sum, byte) => sum + byte, 0);
  writeField(block, 148, 8, `${checksum.toString(8).padStart(6, "0")}\0 `);
  return block;
}

/** The files of `directory` as an npm package tarball (`package/...`). */
export async function packDirectory(directory: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (const file of await listFiles(directory)) {
    const absolute = path.join(directory, file);
    const executable = ((await stat(absolute)).mode & 0o111) !== 0;
    const entry = {
      name: `package/${file}`,
      mode: executable ? 0o755 : 0o644,
      content: await readFile(absolute),
    };
    parts.push(header(entry), entry.content);
    const padding = (BLOCK - (entry.content.length % BLOCK)) % BLOCK;
    if (padding) parts.push(Buffer.alloc(padding));
  }
  parts.push(Buffer.alloc(BLOCK * 2)); // end of archive
  return promisify(gzip)(Buffer.concat(parts));
}
