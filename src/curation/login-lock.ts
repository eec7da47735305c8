import type { AccountStore } from "../domain/accounts.js";
import {
  ACCOUNT_FAILURE_LIMIT,
  ADDRESS_FAILURE_LIMIT,
  FAILURE_DELAY_MS,
  FAILURE_WINDOW_MS,
} from "./policy.js";

/**
 * Failed log-ins and the lock they lead to, per account and per client address
 * (policy.ts): guessing passwords or second-factor codes soon stops paying off.
 */
export class LoginLock {
  private readonly delayMs: number;

  constructor(
    private readonly accounts: AccountStore,
    private readonly now: () => Date,
    delayMs: number = FAILURE_DELAY_MS,
  ) {
    this.delayMs = delayMs;
  }

  async isLocked(email: string, address: string): Promise<boolean> {
    const [account, fromAddress] = await Promise.all([
      this.isAccountLocked(email),
      this.accounts.countLoginFailures(`address:${address}`, this.windowStart()),
    ]);
    return account || fromAddress.count >= ADDRESS_FAILURE_LIMIT;
  }

  /** The account's own lock, from whichever address: an API token is refused by it too. */
  async isAccountLocked(email: string): Promise<boolean> {
    const { count } = await this.accounts.countLoginFailures(`account:${email}`, this.windowStart());
    return count >= ACCOUNT_FAILURE_LIMIT;
  }

  /** Counts one failed log-in against the account and against the address. */
  async recordFailure(email: string, address: string): Promise<void> {
    await this.accounts.recordLoginFailure(
      [`account:${email}`, `address:${address}`],
      this.now().toISOString(),
    );
  }

  /** A successful log-in wipes the account's count (the address keeps its own). */
  async clear(email: string): Promise<void> {
    await this.accounts.clearLoginFailures(`account:${email}`);
  }

  /** Forgets failed log-ins that no longer count towards a lock. */
  async forgetOld(): Promise<void> {
    await this.accounts.forgetLoginFailuresBefore(this.windowStart());
  }

  /** Failed log-ins from before this moment no longer count. */
  private windowStart(): string {
    return new Date(this.now().getTime() - FAILURE_WINDOW_MS).toISOString();
  }

  /** How long a refused log-in waits before it answers. */
  delay(): Promise<void> {
    return this.delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, this.delayMs)) : Promise.resolve();
  }
}
