import { invalidInput } from "@operator-auth/core";

/**
 * A WebCrypto `CryptoKey`, described by its fields rather than named, so that the types need no DOM lib
 * (Node's types declare `CryptoKey` only inside `node:crypto`): both declarations fit it.
 */
export interface WebCryptoKey {
  readonly algorithm: { readonly name: string };
  readonly extractable: boolean;
  readonly type: string;
  readonly usages: readonly string[];
}

/** An AES-GCM key: a WebCrypto `CryptoKey` (AES-GCM, encrypt and decrypt) or its raw 16, 24 or 32 bytes. */
export type EncryptionKey = WebCryptoKey | Uint8Array;

const prefix = "aes-gcm:1:";

export interface EntryCipher {
  /** Text as it is stored: sealed with the key, bound to the store key, or as given without a key. */
  seal(plain: string, storeKey: string): Promise<string>;
  /** The text back; throws when it was not sealed by this key for this store key (or is sealed but no key is set). */
  open(stored: string, storeKey: string): Promise<string>;
}

/**
 * Encryption at rest with WebCrypto's AES-GCM: a fresh 12-byte IV per write, the store key as additional
 * data (an entry moved to another key does not open), and the text kept as `aes-gcm:1:<base64>`.
 */
export function entryCipher(key: EncryptionKey | undefined, where: string): EntryCipher {
  if (key === undefined) {
    return {
      seal: async (plain) => plain,
      async open(stored) {
        if (stored.startsWith(prefix)) throw new Error("encrypted, and no encryptionKey is set");
        return stored;
      },
    };
  }
  const cryptoKey = importKey(key, where);
  const encoder = new TextEncoder();
  return {
    async seal(plain, storeKey) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(storeKey) }, await cryptoKey, encoder.encode(plain));
      return prefix + toBase64(concat(iv, new Uint8Array(sealed)));
    },
    async open(stored, storeKey) {
      if (!stored.startsWith(prefix)) throw new Error("not encrypted, and an encryptionKey is set");
      const bytes = fromBase64(stored.slice(prefix.length));
      if (bytes.length < 12 + 16) throw new Error("too short to be encrypted");
      try {
        const plain = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: bytes.subarray(0, 12), additionalData: encoder.encode(storeKey) },
          await cryptoKey,
          bytes.subarray(12),
        );
        return new TextDecoder().decode(plain);
      } catch {
        throw new Error("not sealed by this encryptionKey for this key");
      }
    },
  };
}

function importKey(key: EncryptionKey, where: string): Promise<CryptoKey> {
  if (key instanceof Uint8Array) {
    if (![16, 24, 32].includes(key.length)) throw invalidInput(where, "encryptionKey", "must be 16, 24 or 32 bytes (AES-128, -192, -256)");
    return crypto.subtle.importKey("raw", new Uint8Array(key), "AES-GCM", false, ["encrypt", "decrypt"]);
  }
  const algorithm = (key as { algorithm?: { name?: string } } | null)?.algorithm?.name;
  const usages = (key as { usages?: readonly string[] } | null)?.usages ?? [];
  if (algorithm !== "AES-GCM" || !usages.includes("encrypt") || !usages.includes("decrypt")) {
    throw invalidInput(where, "encryptionKey", "must be an AES-GCM CryptoKey for encrypt and decrypt, or its raw bytes");
  }
  return Promise.resolve(key as CryptoKey);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    throw new Error("not base64");
  }
}
