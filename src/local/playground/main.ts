/** The entry of build/local/playground.cjs (`npm start` runs it through tools/start.cjs). */
import { main } from './server';

main(process.argv.slice(2));
