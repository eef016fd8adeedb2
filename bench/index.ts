// `npm run bench`: prints figures; never fails on time.
import { benchDatabase } from './database';
import { benchSummary } from './summary';
import { benchWordCount } from './wordcount';
import { benchBrowser } from './browser';

console.log(`TitlePrep benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
await benchDatabase();
await benchWordCount();
await benchSummary();
await benchBrowser();
