export * from './sample-builder.js';
export * from './settings.js';
