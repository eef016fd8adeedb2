// `npm run bench`: prints figures; never fails on time.
import { benchBrowser } from './browser';
import { benchDatabase } from './database';
import { benchDocuments } from './documents';
import { benchPrint } from './print';
import { benchReview } from './review';
import { benchSummary } from './summary';
import { benchTyping } from './typing';
import { benchUntrusted } from './untrusted';
import { benchWordCount } from './wordcount';

console.log(`TitlePrep benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
await benchDatabase();
await benchWordCount();
await benchSummary();
await benchReview();
await benchDocuments();
await benchUntrusted();
await benchPrint();
await benchBrowser();
await benchTyping();
