const { loadBundle } = await import('/work/wt-17/dist/server/index.mjs');
const { generate } = await import('/work/wt-17/scripts/bench-api-gen.mjs');
console.log(await loadBundle(generate(Number(process.argv[3])), process.argv[2]));
