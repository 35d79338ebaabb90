package org.psarchive.account;

/**
 * An account together with a key made for it just now. The clear key exists only in this answer.
 * {@code created} tells whether the account itself was created by the same request.
 */
public record NewKey(Account account, String key, boolean created) {

    /** The answer of a grant that made no key. */
    public static NewKey without(Account account, boolean created) {
        return new NewKey(account, null, created);
    }

    public boolean hasKey() {
        return key != null;
    }
}
