// What a bundler produces for an app that imports createUsersClient, as ES modules (the package
// is ESM only; an iife would add CommonJS interop shims no ESM app bundle has). "Up front" is
// what loads with it: every dynamic import() is left out (made external), static imports stay.
const asEsm = (config) => ({ ...config, format: "esm" });
const upFront = (config) => ({
  ...asEsm(config),
  plugins: [
    ...(config.plugins ?? []),
    {
      name: "dynamic-imports-load-on-demand",
      setup(build) {
        build.onResolve({ filter: /.*/ }, ({ path, kind }) =>
          kind === "dynamic-import" ? { path, external: true } : undefined,
        );
      },
    },
  ],
});

// The on-demand part only: what response-check.js imports from the client was loaded up front.
const onDemand = (config) => {
  const esm = upFront(config);
  const upFrontModules = {
    name: "client-modules-loaded-up-front",
    setup(build) {
      build.onResolve({ filter: /^\.\// }, ({ path, importer }) =>
        importer.endsWith("response-check.js") ? { path, external: true } : undefined,
      );
    },
  };
  return { ...esm, plugins: [...esm.plugins, upFrontModules] };
};

export default [
  {
    name: "createUsersClient up front (openapi-fetch and the spec's host rule included; what validateResponses needs loads on demand)",
    path: "dist/index.js",
    import: "{ createUsersClient }",
    modifyEsbuildConfig: upFront,
    gzip: true,
    limit: "8 kB",
  },
  {
    name: "what validateResponses loads on demand to check users.get: the response check, the success-schema map and the validators of User and the schemas it refers to",
    path: [
      "dist/response-check.js",
      "../spec/dist/generated/success-schemas.js",
      "../validators/dist/generated/user.js",
    ],
    modifyEsbuildConfig: onDemand,
    gzip: true,
    limit: "24 kB",
  },
  {
    name: "createUsersClient with everything validateResponses could ever load (every validator: a client calling every operation)",
    path: "dist/index.js",
    import: "{ createUsersClient }",
    modifyEsbuildConfig: asEsm,
    gzip: true,
    limit: "82 kB",
  },
];
