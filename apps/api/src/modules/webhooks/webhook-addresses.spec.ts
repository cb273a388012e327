import { isPrivateAddress, urlProblem } from './webhook-addresses';

describe('webhook addresses', () => {
  describe('urlProblem', () => {
    it('accepts a public https URL', () => {
      expect(urlProblem('https://hooks.example.com/relais', false)).toBeNull();
    });

    it('refuses http, local and private addresses in production, and credentials in the URL', () => {
      expect(urlProblem('http://hooks.example.com/relais', false)).toBe('httpsRequired');
      expect(urlProblem('https://localhost/x', false)).toBe('privateAddress');
      expect(urlProblem('https://127.0.0.1/x', false)).toBe('privateAddress');
      expect(urlProblem('https://[::1]/x', false)).toBe('privateAddress');
      expect(urlProblem('https://169.254.169.254/latest/meta-data', false)).toBe('privateAddress');
      expect(urlProblem('https://10.1.2.3/x', false)).toBe('privateAddress');
      expect(urlProblem('https://user:pw@hooks.example.com/', false)).toBe('credentials');
      expect(urlProblem('not a url', false)).toBe('isUrl');
    });

    it('accepts http on localhost where local receivers are allowed (development, tests)', () => {
      expect(urlProblem('http://127.0.0.1:9000/hooks', true)).toBeNull();
    });
  });

  describe('isPrivateAddress', () => {
    it('tells private ranges, IPv4-mapped IPv6 included, from public ones', () => {
      for (const a of ['127.0.0.1', '10.0.0.1', '172.16.5.4', '192.168.1.1', '100.64.0.1', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0']) {
        expect(isPrivateAddress(a)).toBe(true);
      }
      for (const a of ['93.184.216.34', '2606:4700::1111', '::ffff:8.8.8.8']) expect(isPrivateAddress(a)).toBe(false);
    });
  });
});
