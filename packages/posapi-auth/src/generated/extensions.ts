// Generated from specs/posapi-auth/openapi.yaml by scripts/generate.ts. Do not edit: change the spec and run `npm run generate`.
export {};
