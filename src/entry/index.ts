export * from './otp-input';
export * from '../core';
