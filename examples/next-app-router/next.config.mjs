/** @type {import('next').NextConfig} */
const nextConfig = {
  // The example lives inside the verikit repository; keep Next from looking above it for a workspace root.
  outputFileTracingRoot: import.meta.dirname,
};

export default nextConfig;
