/**
 * Certificates for the TLS tests, made by openssl in a temporary directory: a CA, a server certificate it
 * signed for `localhost` and 127.0.0.1, and a second CA that signed nothing (the "wrong CA").
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const ecKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

export interface TestCertificates {
  dir: string;
  /** Files for redis-server's `--tls-…` arguments. */
  caFile: string;
  certFile: string;
  keyFile: string;
  /** PEM of the CA that signed the server's certificate. */
  ca: string;
  /** PEM of a CA that did not. */
  otherCa: string;
  remove(): Promise<void>;
}

export async function makeCertificates(): Promise<TestCertificates> {
  const dir = await mkdtemp(join(tmpdir(), "operator-auth-tls-"));
  const file = (name: string) => join(dir, name);
  const selfSignedCa = (name: string) =>
    run("openssl", ["req", "-x509", ...ecKey, "-keyout", file(`${name}.key`), "-out", file(`${name}.crt`), "-days", "2", "-subj", `/CN=${name}`]);
  await selfSignedCa("test-ca");
  await selfSignedCa("other-ca");
  await run("openssl", ["req", ...ecKey, "-keyout", file("server.key"), "-out", file("server.csr"), "-subj", "/CN=localhost"]);
  await writeFile(file("server.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
  await run("openssl", [
    "x509", "-req", "-in", file("server.csr"), "-CA", file("test-ca.crt"), "-CAkey", file("test-ca.key"), "-CAcreateserial",
    "-out", file("server.crt"), "-days", "2", "-extfile", file("server.ext"),
  ]);
  return {
    dir,
    caFile: file("test-ca.crt"),
    certFile: file("server.crt"),
    keyFile: file("server.key"),
    ca: await readFile(file("test-ca.crt"), "utf8"),
    otherCa: await readFile(file("other-ca.crt"), "utf8"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
