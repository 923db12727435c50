/**
 * The worker thread of {@link closePulseOffLoop}: opens its own connection to the database file
 * (WAL, so the main thread's reads go on), runs the one close transaction, posts whether it closed (or why it failed).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { closeDb, openDb } from '../../open-db';
import { closePulse } from './close-pulse';
import { isCloseJob } from './job';

if (!isCloseJob(workerData)) throw new Error('pulse-close worker: bad job');
const db = openDb(workerData.path, { migrate: false });
try {
  parentPort?.postMessage({ closed: closePulse(db, workerData.pulseId, new Date(workerData.at)) });
} catch (error) {
  // an error's own class and message do not survive the thread boundary: send the message
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  closeDb(db);
}
