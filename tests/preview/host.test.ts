import { describe, expect, it } from 'vitest';
import { isAllowedHost, parseHostHeader } from '../../src/preview/host.js';

describe('the Host header check (DNS rebinding)', () => {
  const local = { host: '127.0.0.1', port: 41234 };

  it('lets through the bound address and localhost with the served port', () => {
    expect(isAllowedHost('127.0.0.1:41234', local)).toBe(true);
    expect(isAllowedHost('localhost:41234', local)).toBe(true);
    expect(isAllowedHost('LOCALHOST:41234', local)).toBe(true);
    expect(isAllowedHost('localhost.:41234', local)).toBe(true);
  });

  it('refuses a foreign name, another port, no port, no header, and junk', () => {
    expect(isAllowedHost('evil.example:41234', local)).toBe(false);
    expect(isAllowedHost('127.0.0.1.nip.io:41234', local)).toBe(false);
    expect(isAllowedHost('localhost.evil.example:41234', local)).toBe(false);
    expect(isAllowedHost('127.0.0.1:41235', local)).toBe(false);
    expect(isAllowedHost('127.0.0.1', local)).toBe(false);
    expect(isAllowedHost(undefined, local)).toBe(false);
    expect(isAllowedHost('', local)).toBe(false);
    expect(isAllowedHost('127.0.0.1:41234/x', local)).toBe(false);
    expect(isAllowedHost('user@127.0.0.1:41234', local)).toBe(false);
    expect(isAllowedHost('[::1]:41234', local)).toBe(false);
  });

  it('bound to ::1: [::1] and localhost', () => {
    const v6 = { host: '::1', port: 5000 };
    expect(isAllowedHost('[::1]:5000', v6)).toBe(true);
    expect(isAllowedHost('localhost:5000', v6)).toBe(true);
    expect(isAllowedHost('127.0.0.1:5000', v6)).toBe(false);
  });

  it('bound to every interface: localhost and IP literals (no name to rebind), not names', () => {
    const all = { host: '0.0.0.0', port: 8080 };
    expect(isAllowedHost('192.168.1.20:8080', all)).toBe(true);
    expect(isAllowedHost('[fe80::1]:8080', all)).toBe(true);
    expect(isAllowedHost('localhost:8080', all)).toBe(true);
    expect(isAllowedHost('evil.example:8080', all)).toBe(false);
  });

  it('bound to a name given with --host: that name only', () => {
    const named = { host: 'analyst-pc.lan', port: 8080 };
    expect(isAllowedHost('analyst-pc.lan:8080', named)).toBe(true);
    expect(isAllowedHost('localhost:8080', named)).toBe(false);
  });

  it('parses name:port and [v6]:port', () => {
    expect(parseHostHeader('Example.COM:80')).toEqual({ name: 'example.com', port: 80 });
    expect(parseHostHeader('[::1]:3000')).toEqual({ name: '::1', port: 3000 });
    expect(parseHostHeader('[zz]:3000')).toBeNull();
    expect(parseHostHeader('a:99999')).toBeNull();
  });
});
