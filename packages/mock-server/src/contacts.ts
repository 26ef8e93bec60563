import type { Contact } from "@users-api/types";

/**
 * How the API displays an address: North American numbers as `+1 317-555-0100`, anything
 * else as given.
 */
export function contactDisplay(contact: Contact): string | undefined {
  const address = contact.address;
  if (address !== undefined && /^\+1\d{10}$/.test(address)) {
    return `+1 ${address.slice(2, 5)}-${address.slice(5, 8)}-${address.slice(8)}`;
  }
  return address ?? contact.extension;
}
