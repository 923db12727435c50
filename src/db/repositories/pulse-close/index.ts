/** Closing a pulse: the one transaction, here or on a worker thread. */
export { closePulse } from './close-pulse';
export { closePulseOffLoop } from './off-loop';
