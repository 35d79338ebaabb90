package org.psarchive.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A network whose clients act as one account; a CIDR belongs to one account only. */
@Entity
@Table(name = "ip_range")
@NamedQuery(name = IpRange.MATCHING, query = "SELECT r FROM IpRange r JOIN FETCH r.account"
        + " WHERE r.family = :family AND r.firstAddress <= :address AND r.lastAddress >= :address"
        + " ORDER BY r.prefixLength DESC")
@NamedQuery(name = IpRange.BY_CIDR, query = "SELECT r FROM IpRange r JOIN FETCH r.account WHERE r.cidr IN :cidrs")
@NamedQuery(name = IpRange.ALL, query = "SELECT r FROM IpRange r JOIN FETCH r.account ORDER BY r.account.name, r.cidr")
@NamedQuery(name = IpRange.OF_ACCOUNT, query = "SELECT r FROM IpRange r JOIN FETCH r.account"
        + " WHERE r.account.name = :name ORDER BY r.cidr")
public class IpRange {

    static final String MATCHING = "IpRange.matching";
    static final String BY_CIDR = "IpRange.byCidr";
    static final String ALL = "IpRange.all";
    static final String OF_ACCOUNT = "IpRange.ofAccount";

    @Id
    @TableGenerator(name = "ip_range_ids", table = "id_sequence", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "ip_range", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "ip_range_ids")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, unique = true, length = 64)
    private String cidr;

    @Column(nullable = false)
    private int family;

    @Column(name = "prefix_length", nullable = false)
    private int prefixLength;

    @Column(name = "first_address", nullable = false, length = 16)
    private byte[] firstAddress;

    @Column(name = "last_address", nullable = false, length = 16)
    private byte[] lastAddress;

    protected IpRange() {
    }

    IpRange(Account account, Cidr network) {
        this.account = account;
        this.cidr = network.toString();
        this.family = network.family();
        this.prefixLength = network.prefixLength();
        this.firstAddress = network.firstAddress();
        this.lastAddress = network.lastAddress();
    }

    public Account account() {
        return account;
    }

    public String cidr() {
        return cidr;
    }
}
