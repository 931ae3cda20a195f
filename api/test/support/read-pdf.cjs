// Reads a PDF outside Jest (pdf.js needs real ES modules): `node read-pdf.cjs FILE [PNG]` prints
// the text as JSON and, given PNG, writes page 1 there as an image.
const { readFileSync, writeFileSync } = require('fs');
const { PDFParse } = require('pdf-parse');

(async () => {
  const [file, png] = process.argv.slice(2);
  const parser = new PDFParse({ data: readFileSync(file) });
  const { text } = await parser.getText();
  if (png) {
    const shot = await parser.getScreenshot({ first: 1, scale: 1.5 });
    writeFileSync(png, Buffer.from(shot.pages[0].data));
  }
  await parser.destroy();
  process.stdout.write(JSON.stringify({ text }));
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
