import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
const $ = cheerio.load(readFileSync(process.argv[2], 'utf8'));
$('script,style').remove();
$('tr').each((_, el) => { $(el).append('\n'); });
$('p,li,h1,h2,h3,h4,caption,dt,div.sample-banner').each((_, el) => { $(el).append('\n'); });
console.log($(process.argv[3] || 'body').text().replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n'));
