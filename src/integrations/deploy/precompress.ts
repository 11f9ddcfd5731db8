/**
 * `.br` and `.gz` next to every text file worth compressing, for hosts that serve them as they
 * are (nginx's `gzip_static` and `brotli_static`). Pagefind's own files are compressed already.
 *
 * Brotli's strongest quality (11) for the few small files every visitor shares (stylesheet,
 * scripts, word lists), but 5 for pages, one per question, and for files that grow with the
 * site: on this site's 41 pages quality 11 took ~30× the time of 5 for 12% fewer bytes (176
 * against 200 KB); at 10,000 questions quality 11 took 4.5 s for llms.txt (2.7 MB) and 1.4 s
 * for the sitemap alone. Gzip at zlib's default level 6: level 9 gave the same size on the
 * pages (38.1% of them) in a third more time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Below this, the bytes saved do not pay for a second request header or two more files. */
export const minBytes = 1024;

const compressible = /\.(?:html|css|js|mjs|json|svg|xml|txt|md|webmanifest)$/;

/** Whether a file is compressed, by its path relative to the output folder and its size. */
export function shouldCompress(file: string, bytes: number): boolean {
  return compressible.test(file) && bytes >= minBytes;
}

/** Files there is one of per question or page. */
const perPage = /\.(?:html|md)$/;

/** From this size a file grows with the site (llms.txt, the sitemap) and is not worth quality 11. */
const largeBytes = 256 * 1024;

/** Brotli's quality for a file (see above). */
export const brotliQuality = (file: string, bytes = 0) =>
  perPage.test(file) || bytes >= largeBytes ? 5 : constants.BROTLI_MAX_QUALITY;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Files compressed at once: zlib works on libuv's threads, and each holds a file open. */
const parallel = 8;

/** Writes `<file>.br` and `<file>.gz` for each file that gains from it; returns how many files. */
export async function precompress(dir: string, files: readonly string[]): Promise<number> {
  let written = 0;
  const queue = files.filter((file) => compressible.test(file));
  const worker = async (): Promise<void> => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      const full = join(dir, file);
      const data = await readFile(full);
      if (!shouldCompress(file, data.length)) continue;
      const [br, gzipped] = await Promise.all([
        brotli(data, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file, data.length),
            [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gz(data),
      ]);
      if (br.length < data.length) await writeFile(`${full}.br`, br);
      if (gzipped.length < data.length) await writeFile(`${full}.gz`, gzipped);
      written += 1;
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return written;
}
