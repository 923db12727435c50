export { createDeliveryWorker, type DeliveryWorker, type DeliveryWorkerDeps } from './delivery-worker';
export { createSendPacer, type SendPacer } from './send-pacer';
export { DEFAULT_WORKER_OPTIONS, type WorkerOptions } from './worker-options';
