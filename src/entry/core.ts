export * from '../core';
