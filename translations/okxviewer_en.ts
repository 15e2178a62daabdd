<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About OKX Wallet Viewer</source>
        <translation>About OKX Wallet Viewer</translation>
    </message>
    <message>
        <source>(the built-in demo server on this computer)</source>
        <translation>(the built-in demo server on this computer)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OKX Wallet Viewer %1&lt;/h3&gt;&lt;p&gt;Shows the holdings of wallet addresses through the OKX Web3 Balance API.&lt;/p&gt;&lt;p&gt;The only host this app talks to is the configured API server:&lt;br/&gt;&lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;&lt;p&gt;No telemetry: nothing else is sent anywhere.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence, built with Qt %4 (LGPL v3). Help → User Guide (%5) explains every menu and shows the licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OKX Wallet Viewer %1&lt;/h3&gt;&lt;p&gt;Shows the holdings of wallet addresses through the OKX Web3 Balance API.&lt;/p&gt;&lt;p&gt;The only host this app talks to is the configured API server:&lt;br/&gt;&lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;&lt;p&gt;No telemetry: nothing else is sent anywhere.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence, built with Qt %4 (LGPL v3). Help → User Guide (%5) explains every menu and shows the licence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddressBatch</name>
    <message>
        <source>already watched as “%1”</source>
        <extracomment>%1 is the label (or the address) the address is watched under</extracomment>
        <translation>already watched as “%1”</translation>
    </message>
    <message>
        <source>repeats line %1</source>
        <extracomment>%1 is the number of the line that has the same address</extracomment>
        <translation>repeats line %1</translation>
    </message>
    <message numerus="yes">
        <source>Addresses added: %n.</source>
        <extracomment>%n is a count</extracomment>
        <translation>
            <numerusform>Addresses added: %n.</numerusform>
            <numerusform>Addresses added: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as already watched or repeated: %n.</source>
        <extracomment>%n is a count</extracomment>
        <translation>
            <numerusform>Skipped as already watched or repeated: %n.</numerusform>
            <numerusform>Skipped as already watched or repeated: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines refused: %n.</source>
        <extracomment>%n is a count</extracomment>
        <translation>
            <numerusform>Lines refused: %n.</numerusform>
            <numerusform>Lines refused: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressBatchDialog</name>
    <message>
        <source>—</source>
        <extracomment>In the preview&apos;s chains column: the address names no family of chains</extracomment>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n chains)</source>
        <extracomment>%1 is a family of address formats (EVM …), %n the number of its chains</extracomment>
        <translation>
            <numerusform>%1 (%n chains)</numerusform>
            <numerusform>%1 (%n chains)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Watched Addresses</source>
        <translation>Add Watched Addresses</translation>
    </message>
    <message>
        <source>Paste addresses, one a line. A label may follow a comma or a tab. Each address is watched on every chain of its kind (EVM, Solana, Tron or Bitcoin).</source>
        <translation>Paste addresses, one a line. A label may follow a comma or a tab. Each address is watched on every chain of its kind (EVM, Solana, Tron or Bitcoin).</translation>
    </message>
    <message>
        <source>0xEd0C6079229E2d407672a117c22b62064f4a4312, Cold wallet
TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t</source>
        <extracomment>An example of the pasted list&apos;s form; keep the addresses as they are</extracomment>
        <translation>0xEd0C6079229E2d407672a117c22b62064f4a4312, Cold wallet
TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column titles of the preview of pasted addresses</extracomment>
        <translation>Line</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>Chains</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>To add</source>
        <extracomment>Status of a pasted line that will be added</extracomment>
        <translation>To add</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <extracomment>Status of a pasted line that is not added; %1 says why (&quot;already watched as …&quot;, &quot;repeats line 2&quot;)</extracomment>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <extracomment>Status of a pasted line that cannot be added; %1 is the reason</extracomment>
        <translation>Refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to add</source>
        <extracomment>Summary of the preview; the parts after the first are left out when zero</extracomment>
        <translation>
            <numerusform>%n address to add</numerusform>
            <numerusform>%n addresses to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Address(es)</source>
        <translation>
            <numerusform>Add %n Address</numerusform>
            <numerusform>Add %n Addresses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCommand</name>
    <message>
        <source>OKX does not list it as supported</source>
        <translation>OKX does not list it as supported</translation>
    </message>
    <message>
        <source>it is not in the built-in chain table and OKX&apos;s chain list could not be fetched (%1)</source>
        <translation>it is not in the built-in chain table and OKX&apos;s chain list could not be fetched (%1)</translation>
    </message>
    <message>
        <source>unknown chain %1: %2</source>
        <extracomment>%1 is one or more chain indexes, %2 the reason</extracomment>
        <translation>unknown chain %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a watched address, %2 what went wrong with it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the USD/CNY rate could not be fetched from %1: %2</source>
        <extracomment>%1 is the rate&apos;s host, %2 why it failed</extracomment>
        <translation>the USD/CNY rate could not be fetched from %1: %2</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chain in the chain list: %1 its name, %2 its OKX chain index</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit Watched Address</source>
        <translation>Edit Watched Address</translation>
    </message>
    <message>
        <source>Add Watched Address</source>
        <translation>Add Watched Address</translation>
    </message>
    <message>
        <source>0x…, a Solana, Tron or Bitcoin address</source>
        <translation>0x…, a Solana, Tron or Bitcoin address</translation>
    </message>
    <message>
        <source>Optional, e.g. “Cold wallet”</source>
        <translation>Optional, e.g. “Cold wallet”</translation>
    </message>
    <message>
        <source>All EVM chains</source>
        <translation>All EVM chains</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Unchecks every chain</extracomment>
        <translation>None</translation>
    </message>
    <message>
        <source>Filter chains</source>
        <translation>Filter chains</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Chains:</source>
        <translation>&amp;Chains:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) selected</source>
        <translation>
            <numerusform>%n chain selected</numerusform>
            <numerusform>%n chains selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own addresses take the place of the demo portfolios: once you add this one, the demo ends, and your addresses are fetched with your OKX API key.</source>
        <translation>Your own addresses take the place of the demo portfolios: once you add this one, the demo ends, and your addresses are fetched with your OKX API key.</translation>
    </message>
</context>
<context>
    <name>AddressListModel</name>
    <message>
        <source>Fetched %1</source>
        <translation>Fetched %1</translation>
    </message>
    <message>
        <source>The latest refresh failed: %1</source>
        <translation>The latest refresh failed: %1</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>All addresses</translation>
    </message>
    <message>
        <source>The holdings of every watched address together</source>
        <translation>The holdings of every watched address together</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact total: %1</source>
        <extracomment>In the tooltip of an address (or of all addresses) in the sidebar; %1 is a USD amount with every decimal.</extracomment>
        <translation>Exact total: %1</translation>
    </message>
</context>
<context>
    <name>AddressSidebar</name>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;Copy Address</translation>
    </message>
    <message>
        <source>&amp;Open in Explorer</source>
        <translation>&amp;Open in Explorer</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>No web browser could open %1.</translation>
    </message>
    <message>
        <source>Re&amp;fresh This Address</source>
        <translation>Re&amp;fresh This Address</translation>
    </message>
</context>
<context>
    <name>AddressValidator</name>
    <message>
        <source>The address is empty.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address: %3</source>
        <extracomment>%1 is the address, %2 the address format (EVM, Solana …), %3 what is wrong</extracomment>
        <translation>%1 is not a valid %2 address: %3</translation>
    </message>
    <message>
        <source>a bech32 address must not mix upper and lower case</source>
        <translation>a bech32 address must not mix upper and lower case</translation>
    </message>
    <message>
        <source>a bech32 address is bc1 followed by 11 to 87 characters</source>
        <translation>a bech32 address is bc1 followed by 11 to 87 characters</translation>
    </message>
    <message>
        <source>“%1” is not a bech32 character</source>
        <translation>“%1” is not a bech32 character</translation>
    </message>
    <message>
        <source>the witness program is invalid</source>
        <translation>the witness program is invalid</translation>
    </message>
    <message>
        <source>expected bc1… (bech32), or 1… or 3… (base58 with no 0, O, I or l)</source>
        <translation>expected bc1… (bech32), or 1… or 3… (base58 with no 0, O, I or l)</translation>
    </message>
    <message>
        <source>the checksum does not match, so a character is mistyped</source>
        <translation>the checksum does not match, so a character is mistyped</translation>
    </message>
    <message>
        <source>“%1” is not a base58 character (base58 has no 0, O, I or l)</source>
        <extracomment>%1 is a character of the address</extracomment>
        <translation>“%1” is not a base58 character (base58 has no 0, O, I or l)</translation>
    </message>
    <message>
        <source>an EVM address starts with 0x (zero and a lower-case x)</source>
        <translation>an EVM address starts with 0x (zero and a lower-case x)</translation>
    </message>
    <message>
        <source>“%1” is not a hexadecimal digit</source>
        <extracomment>%1 is a character of the address</extracomment>
        <translation>“%1” is not a hexadecimal digit</translation>
    </message>
    <message>
        <source>an EVM address has 40 hexadecimal digits after 0x; this one has %1</source>
        <extracomment>%1 is the number of digits entered after 0x</extracomment>
        <translation>an EVM address has 40 hexadecimal digits after 0x; this one has %1</translation>
    </message>
    <message>
        <source>a Solana address has 32 to 44 base58 characters; this one has %1</source>
        <extracomment>%1 is the number of characters entered</extracomment>
        <translation>a Solana address has 32 to 44 base58 characters; this one has %1</translation>
    </message>
    <message>
        <source>a Solana address is 32 bytes in base58; this one is %1</source>
        <extracomment>%1 is the number of bytes the address&apos;s characters stand for</extracomment>
        <translation>a Solana address is 32 bytes in base58; this one is %1</translation>
    </message>
    <message>
        <source>a Tron address starts with T</source>
        <translation>a Tron address starts with T</translation>
    </message>
    <message>
        <source>a Tron address is T followed by 33 base58 characters; this one has %1 after T</source>
        <extracomment>%1 is the number of characters entered after the T</extracomment>
        <translation>a Tron address is T followed by 33 base58 characters; this one has %1 after T</translation>
    </message>
    <message>
        <source>a Bitcoin address that starts with 1 or 3 has 26 to 35 base58 characters; this one has %1</source>
        <extracomment>%1 is the number of characters entered</extracomment>
        <translation>a Bitcoin address that starts with 1 or 3 has 26 to 35 base58 characters; this one has %1</translation>
    </message>
    <message>
        <source>a Bitcoin address that starts with 1 or 3 is 25 bytes in base58; this one is %1</source>
        <extracomment>%1 is the number of bytes the address&apos;s characters stand for</extracomment>
        <translation>a Bitcoin address that starts with 1 or 3 is 25 bytes in base58; this one is %1</translation>
    </message>
    <message>
        <source>it is a valid %1 address</source>
        <extracomment>%1 is a family of address formats: EVM, Solana, Tron or Bitcoin</extracomment>
        <translation>it is a valid %1 address</translation>
    </message>
    <message>
        <source>“%1” is not an EVM, Solana, Tron or Bitcoin address</source>
        <extracomment>%1 is the text entered as an address</extracomment>
        <translation>“%1” is not an EVM, Solana, Tron or Bitcoin address</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <extracomment>%1 is the text given as an address, %2 what is wrong with it</extracomment>
        <translation>%1 is not an address: %2</translation>
    </message>
    <message>
        <source>“%1” is never part of an address</source>
        <extracomment>%1 is a character of the address (a space shows as “ ”)</extracomment>
        <translation>“%1” is never part of an address</translation>
    </message>
    <message>
        <source>an address has 26 to 100 characters; this one has %1</source>
        <extracomment>%1 is the address&apos;s length</extracomment>
        <translation>an address has 26 to 100 characters; this one has %1</translation>
    </message>
    <message>
        <source>its mixed letter case fails the EIP-55 checksum, so a character is mistyped</source>
        <translation>its mixed letter case fails the EIP-55 checksum, so a character is mistyped</translation>
    </message>
    <message>
        <source>it has %1 characters, and the shortest addresses (Bitcoin&apos;s) have 26</source>
        <extracomment>%1 is the length of the text entered as an address</extracomment>
        <translation>it has %1 characters, and the shortest addresses (Bitcoin&apos;s) have 26</translation>
    </message>
    <message>
        <source>“%1” is not an EVM, Solana, Tron or Bitcoin address: %2</source>
        <extracomment>%1 is the text entered as an address, %2 what is wrong with it</extracomment>
        <translation>“%1” is not an EVM, Solana, Tron or Bitcoin address: %2</translation>
    </message>
    <message>
        <source>For the %2 chains: %1</source>
        <extracomment>%1 is the reason the address is invalid, %2 a family of address formats: EVM, Solana, Tron or Bitcoin</extracomment>
        <translation>For the %2 chains: %1</translation>
    </message>
    <message>
        <source>For %2 (chain %3): %1</source>
        <extracomment>%1 is the reason the address is invalid, %2 a chain name, %3 its chain index</extracomment>
        <translation>For %2 (chain %3): %1</translation>
    </message>
</context>
<context>
    <name>AllocationBuilder</name>
    <message>
        <source>Other</source>
        <extracomment>The pie slice that gathers every holding outside the largest ones.</extracomment>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AllocationChartView</name>
    <message>
        <source>Total</source>
        <extracomment>In the middle of the allocation chart, above the total value.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Chart grouping buttons: group holdings by token / by chain / by address.</extracomment>
        <translation>Token</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Group by token</source>
        <translation>Group by token</translation>
    </message>
    <message>
        <source>Group by chain</source>
        <translation>Group by chain</translation>
    </message>
    <message>
        <source>Group by address</source>
        <translation>Group by address</translation>
    </message>
    <message>
        <source>Nothing to chart: no priced holdings outside risk tokens in this view.</source>
        <translation>Nothing to chart: no priced holdings outside risk tokens in this view.</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <extracomment>In the tooltip of an allocation chart&apos;s legend row; %1 is a USD amount with every decimal.</extracomment>
        <translation>Exact value: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) on every chain and address together</source>
        <extracomment>In the tooltip of a token&apos;s legend row: the slice adds up that many table rows.</extracomment>
        <translation>
            <numerusform>%n holding on every chain and address together</numerusform>
            <numerusform>%n holdings on every chain and address together</numerusform>
        </translation>
    </message>
    <message>
        <source>A token&apos;s slice adds up its holdings on every chain and address; the table&apos;s share is per row.</source>
        <translation>A token&apos;s slice adds up its holdings on every chain and address; the table&apos;s share is per row.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>OKX did not receive the API key (%1). Enter the API key.</source>
        <translation>OKX did not receive the API key (%1). Enter the API key.</translation>
    </message>
    <message>
        <source>OKX did not receive the passphrase (%1). Enter the passphrase.</source>
        <translation>OKX did not receive the passphrase (%1). Enter the passphrase.</translation>
    </message>
    <message>
        <source>OKX rejected the passphrase (%1). Check the passphrase.</source>
        <translation>OKX rejected the passphrase (%1). Check the passphrase.</translation>
    </message>
    <message>
        <source>OKX does not recognise the API key (%1). Check the API key.</source>
        <translation>OKX does not recognise the API key (%1). Check the API key.</translation>
    </message>
    <message>
        <source>OKX rejected the request time (%1). Check that this computer&apos;s clock is correct.</source>
        <translation>OKX rejected the request time (%1). Check that this computer&apos;s clock is correct.</translation>
    </message>
    <message>
        <source>OKX rejected the request signature (%1). Check the secret key.</source>
        <translation>OKX rejected the request signature (%1). Check the secret key.</translation>
    </message>
    <message>
        <source>Could not connect to the server: %1</source>
        <extracomment>%1 is the network layer&apos;s reason, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>Could not connect to the server: %1</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>The server did not answer within %1 s.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 ms.</source>
        <translation>The server did not answer within %1 ms.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>The server answered with HTTP status %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 (%2).</source>
        <extracomment>%1 is an HTTP status code, %2 its reason phrase</extracomment>
        <translation>The server answered with HTTP status %1 (%2).</translation>
    </message>
    <message>
        <source>OKX error %1.</source>
        <translation>OKX error %1.</translation>
    </message>
    <message>
        <source>OKX error %1: %2</source>
        <extracomment>%1 is OKX&apos;s error code, %2 OKX&apos;s own explanation (usually English)</extracomment>
        <translation>OKX error %1: %2</translation>
    </message>
    <message>
        <source>OKX rate limit reached; try again in a moment.</source>
        <translation>OKX rate limit reached; try again in a moment.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply: %1</source>
        <extracomment>%1 says what is wrong, e.g. &quot;tokenAssets[3].balance is not a string&quot;</extracomment>
        <translation>The server sent a malformed reply: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
</context>
<context>
    <name>AssetAmounts</name>
    <message>
        <source>it is negative</source>
        <translation>it is negative</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>(no symbol)</source>
        <extracomment>Shown for a token whose symbol the API left empty.</extracomment>
        <translation>(no symbol)</translation>
    </message>
    <message>
        <source>Native coin</source>
        <extracomment>The Contract cell of a chain&apos;s own coin (ETH on Ethereum …), which has no token contract.</extracomment>
        <translation>Native coin</translation>
    </message>
    <message>
        <source>Exact balance: %1 %2</source>
        <translation>Exact balance: %1 %2</translation>
    </message>
    <message>
        <source>Base units: %1</source>
        <translation>Base units: %1</translation>
    </message>
    <message>
        <source>OKX has no price for this token: it is left out of the total, not counted as worthless.</source>
        <translation>OKX has no price for this token: it is left out of the total, not counted as worthless.</translation>
    </message>
    <message>
        <source>Share of the total of the priced, non-risk holdings shown</source>
        <translation>Share of the total of the priced, non-risk holdings shown</translation>
    </message>
    <message>
        <source>The native coin of %1</source>
        <translation>The native coin of %1</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>Column header: the row&apos;s percentage of the total value.</extracomment>
        <translation>Share</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>%1 (chain index %2)</source>
        <extracomment>%1 is a chain name, %2 its OKX chain index.</extracomment>
        <translation>%1 (chain index %2)</translation>
    </message>
    <message>
        <source>Change in value since the previous refresh</source>
        <translation>Change in value since the previous refresh</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Change column of a token that was not held at the previous refresh.</extracomment>
        <translation>New</translation>
    </message>
    <message>
        <source>New since the previous refresh: %1 %2</source>
        <translation>New since the previous refresh: %1 %2</translation>
    </message>
    <message>
        <source>Since the previous refresh: balance %1 %2, value %3</source>
        <extracomment>%1 is a signed balance change with %2 the token symbol, %3 a signed USD change.</extracomment>
        <translation>Since the previous refresh: balance %1 %2, value %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a token symbol, %2 the user&apos;s verdict on it, such as &quot;spam — marked by you&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>spam — marked by you</source>
        <extracomment>The user&apos;s own verdict on a token, told apart from OKX&apos;s flag (&quot;risk — flagged by OKX&quot;).</extracomment>
        <translation>spam — marked by you</translation>
    </message>
    <message>
        <source>flagged by OKX — trusted by you</source>
        <extracomment>A token OKX flags as risky that the user chose to trust, or (without OKX&apos;s flag) trusted only.</extracomment>
        <translation>flagged by OKX — trusted by you</translation>
    </message>
    <message>
        <source>trusted by you</source>
        <translation>trusted by you</translation>
    </message>
    <message>
        <source>risk — flagged by OKX</source>
        <extracomment>OKX&apos;s own flag on a token, told apart from the user&apos;s verdict (&quot;spam — marked by you&quot;).</extracomment>
        <translation>risk — flagged by OKX</translation>
    </message>
    <message>
        <source>OKX flags this token as a risky airdrop or honeypot token.</source>
        <translation>OKX flags this token as a risky airdrop or honeypot token.</translation>
    </message>
    <message>
        <source>You marked this token as spam; OKX flags it as risky too.</source>
        <translation>You marked this token as spam; OKX flags it as risky too.</translation>
    </message>
    <message>
        <source>You marked this token as spam.</source>
        <translation>You marked this token as spam.</translation>
    </message>
    <message>
        <source>OKX flags this token as a risky airdrop or honeypot token, and you chose to trust it.</source>
        <translation>OKX flags this token as a risky airdrop or honeypot token, and you chose to trust it.</translation>
    </message>
    <message>
        <source>You chose to trust this token.</source>
        <translation>You chose to trust this token.</translation>
    </message>
    <message>
        <source>It is left out of totals, shares and the chart.</source>
        <translation>It is left out of totals, shares and the chart.</translation>
    </message>
    <message>
        <source>It counts in totals, shares and the chart.</source>
        <translation>It counts in totals, shares and the chart.</translation>
    </message>
    <message>
        <source>%1
%2 %3</source>
        <extracomment>%1 is the token&apos;s status, such as &quot;risk — flagged by OKX&quot;; %2 and %3 explain it.</extracomment>
        <translation>%1
%2 %3</translation>
    </message>
    <message>
        <source>Your verdicts are listed under View → Token Verdicts….</source>
        <extracomment>Where the user&apos;s verdicts on tokens are listed (and can be taken back): the View menu&apos;s entry.</extracomment>
        <translation>Your verdicts are listed under View → Token Verdicts….</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <extracomment>%1 is a value with every decimal in the currency shown.</extracomment>
        <translation>Exact value: %1</translation>
    </message>
    <message>
        <source>In the other currency: %1</source>
        <extracomment>%1 is the same value in the other currency (USD, or CNY at OKX&apos;s rate).</extracomment>
        <translation>In the other currency: %1</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <extracomment>Column header; %1 is the currency values are shown in, USD or CNY.</extracomment>
        <translation>Price (%1)</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <extracomment>Column header; %1 is the currency values are shown in, USD or CNY.</extracomment>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <extracomment>Column header: how the value changed since the previous refresh; %1 is the currency, USD or CNY.</extracomment>
        <translation>Change (%1)</translation>
    </message>
    <message>
        <source>Exact price: %1</source>
        <extracomment>%1 is the price with every decimal, in the currency shown.</extracomment>
        <translation>Exact price: %1</translation>
    </message>
</context>
<context>
    <name>BalanceClient</name>
    <message>
        <source>Enter the OKX API key, secret key and passphrase first.</source>
        <translation>Enter the OKX API key, secret key and passphrase first.</translation>
    </message>
    <message>
        <source>No wallet address was given.</source>
        <translation>No wallet address was given.</translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation>Choose at least one chain.</translation>
    </message>
    <message>
        <source>Choose at least one token.</source>
        <translation>Choose at least one token.</translation>
    </message>
    <message>
        <source>The wallet API (wallet-v5) needs a project ID (OK-ACCESS-PROJECT).</source>
        <translation>The wallet API (wallet-v5) needs a project ID (OK-ACCESS-PROJECT).</translation>
    </message>
</context>
<context>
    <name>BalanceParser</name>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 is not a string</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field such as tokenAssets[3].balance, %2 why its text is not a usable number</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>the reply is larger than 32 MB</source>
        <translation>the reply is larger than 32 MB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 is the JSON parser&apos;s reason, %2 a byte offset</extracomment>
        <translation>not valid JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>the reply is not a JSON object</translation>
    </message>
    <message>
        <source>code is missing</source>
        <translation>code is missing</translation>
    </message>
    <message>
        <source>code is neither a string nor an integer</source>
        <translation>code is neither a string nor an integer</translation>
    </message>
    <message>
        <source>msg is missing</source>
        <translation>msg is missing</translation>
    </message>
    <message>
        <source>msg is not a string</source>
        <translation>msg is not a string</translation>
    </message>
    <message>
        <source>data is missing</source>
        <translation>data is missing</translation>
    </message>
    <message>
        <source>data is not an array</source>
        <translation>data is not an array</translation>
    </message>
    <message>
        <source>data is empty</source>
        <translation>data is empty</translation>
    </message>
    <message>
        <source>data has %1 entries instead of one</source>
        <translation>data has %1 entries instead of one</translation>
    </message>
    <message>
        <source>data[0] is not an object</source>
        <translation>data[0] is not an object</translation>
    </message>
    <message>
        <source>tokenAssets[%1] is not an object</source>
        <translation>tokenAssets[%1] is not an object</translation>
    </message>
    <message>
        <source>data[%1] is not an object</source>
        <translation>data[%1] is not an object</translation>
    </message>
    <message>
        <source>data[0].tokenAssets is missing</source>
        <translation>data[0].tokenAssets is missing</translation>
    </message>
    <message>
        <source>data[0].tokenAssets is not an array</source>
        <translation>data[0].tokenAssets is not an array</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <extracomment>%1 is the JSON parser&apos;s reason (in English)</extracomment>
        <translation>not valid JSON (%1)</translation>
    </message>
    <message>
        <source>data[%1].chainIndex is empty</source>
        <translation>data[%1].chainIndex is empty</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>the document is not a JSON object</translation>
    </message>
    <message>
        <source>tokenAssets is missing</source>
        <translation>tokenAssets is missing</translation>
    </message>
    <message>
        <source>tokenAssets is not an array</source>
        <translation>tokenAssets is not an array</translation>
    </message>
</context>
<context>
    <name>ChainListCache</name>
    <message>
        <source>its fields are missing or of the wrong type</source>
        <translation>its fields are missing or of the wrong type</translation>
    </message>
    <message>
        <source>The saved list of OKX&apos;s supported chains was unusable and has been dropped; it will be fetched again when needed. %1</source>
        <extracomment>%1 is the file&apos;s problem</extracomment>
        <translation>The saved list of OKX&apos;s supported chains was unusable and has been dropped; it will be fetched again when needed. %1</translation>
    </message>
</context>
<context>
    <name>ChainsCommand</name>
    <message>
        <source>INDEX</source>
        <extracomment>Column titles of the chain table</extracomment>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SHORT NAME</source>
        <translation>SHORT NAME</translation>
    </message>
    <message>
        <source>ADDRESS FORMAT</source>
        <translation>ADDRESS FORMAT</translation>
    </message>
</context>
<context>
    <name>CliOptionSet</name>
    <message>
        <source>Use the built-in demo server and its demo credentials.</source>
        <translation>Use the built-in demo server and its demo credentials.</translation>
    </message>
    <message>
        <source>The API host (default: the saved setting, else https://web3.okx.com).</source>
        <translation>The API host (default: the saved setting, else https://web3.okx.com).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>family</source>
        <translation>family</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (default: the saved setting, else 20).</source>
        <translation>Seconds to wait for each request (default: the saved setting, else 20).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Requests per second at most (default: the saved setting, else 1; %1 with --demo; 0: no limit).</source>
        <translation>Requests per second at most (default: the saved setting, else 1; %1 with --demo; 0: no limit).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Retries after a rate limit, server error or timeout (default 2).</source>
        <translation>Retries after a rate limit, server error or timeout (default 2).</translation>
    </message>
    <message>
        <source>The wallet address.</source>
        <translation>The wallet address.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Comma-separated chain indexes, e.g. 1,56,501.</source>
        <translation>Comma-separated chain indexes, e.g. 1,56,501.</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>indexes</translation>
    </message>
    <message>
        <source>Keep tokens OKX flags as risky (airdrop scams, honeypots).</source>
        <translation>Keep tokens OKX flags as risky (airdrop scams, honeypots).</translation>
    </message>
    <message>
        <source>Write the CSV to this file (atomically) instead of stdout.</source>
        <translation>Write the CSV to this file (atomically) instead of stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Export every address of the watch list, each on its own chains, instead of --address and --chains.</source>
        <translation>Export every address of the watch list, each on its own chains, instead of --address and --chains.</translation>
    </message>
    <message>
        <source>A name for the address, shown instead of it.</source>
        <translation>A name for the address, shown instead of it.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be combined</source>
        <translation>--demo and --base-url cannot be combined</translation>
    </message>
    <message>
        <source>--base-url needs an http or https URL such as https://web3.okx.com</source>
        <translation>--base-url needs an http or https URL such as https://web3.okx.com</translation>
    </message>
    <message>
        <source>--api must be v5, v6 or wallet</source>
        <translation>--api must be v5, v6 or wallet</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600</source>
        <translation>--timeout needs a number of seconds between 0 and 3600</translation>
    </message>
    <message>
        <source>--retries needs a whole number from 0 to %1</source>
        <translation>--retries needs a whole number from 0 to %1</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output needs a file name</translation>
    </message>
    <message>
        <source>--all takes no --address or --chains: each watched address is exported on its own chains</source>
        <translation>--all takes no --address or --chains: each watched address is exported on its own chains</translation>
    </message>
    <message>
        <source>%1 needs --address and --chains, or --all</source>
        <extracomment>%1 is the command, export or total</extracomment>
        <translation>%1 needs --address and --chains, or --all</translation>
    </message>
    <message>
        <source>%1 needs --address and --chains</source>
        <translation>%1 needs --address and --chains</translation>
    </message>
    <message>
        <source>watch add needs --chains, e.g. --chains 1,56</source>
        <translation>watch add needs --chains, e.g. --chains 1,56</translation>
    </message>
    <message>
        <source>“%1” is not a chain index: expected numbers such as 1,56,501</source>
        <translation>“%1” is not a chain index: expected numbers such as 1,56,501</translation>
    </message>
    <message>
        <source>--chains names no chain</source>
        <translation>--chains names no chain</translation>
    </message>
    <message>
        <source>--rps needs 0 (no limit) or a number of requests per second from %1 to %2</source>
        <extracomment>%1 and %2 are the lowest and highest rate</extracomment>
        <translation>--rps needs 0 (no limit) or a number of requests per second from %1 to %2</translation>
    </message>
    <message>
        <source>The API path family: v5, v6 or wallet (default: the saved setting, else v6).</source>
        <translation>The API path family: v5, v6 or wallet (default: the saved setting, else v6).</translation>
    </message>
    <message>
        <source>Append a verdict column: spam or trusted where you gave the token a verdict in the window.</source>
        <translation>Append a verdict column: spam or trusted where you gave the token a verdict in the window.</translation>
    </message>
    <message>
        <source>Export the holdings last recorded at or before this time (ISO 8601, as for history --since) instead of fetching them.</source>
        <translation>Export the holdings last recorded at or before this time (ISO 8601, as for history --since) instead of fetching them.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>Only records at or after this time: ISO 8601 such as 2024-05-01 or 2024-05-01T12:00:00Z (UTC unless an offset is given).</source>
        <translation>Only records at or after this time: ISO 8601 such as 2024-05-01 or 2024-05-01T12:00:00Z (UTC unless an offset is given).</translation>
    </message>
    <message>
        <source>Only records at or before this time (ISO 8601, as --since).</source>
        <translation>Only records at or before this time (ISO 8601, as --since).</translation>
    </message>
    <message>
        <source>Write every recorded token row (the export&apos;s columns after the time) instead of the totals.</source>
        <translation>Write every recorded token row (the export&apos;s columns after the time) instead of the totals.</translation>
    </message>
    <message>
        <source>--at exports the chains recorded: it takes no --chains</source>
        <translation>--at exports the chains recorded: it takes no --chains</translation>
    </message>
    <message>
        <source>export --at needs --address or --all</source>
        <translation>export --at needs --address or --all</translation>
    </message>
    <message>
        <source>--address needs an address</source>
        <translation>--address needs an address</translation>
    </message>
    <message>
        <source>--since is later than --until</source>
        <translation>--since is later than --until</translation>
    </message>
    <message>
        <source>--include-risk goes with --holdings: totals never count risk tokens</source>
        <translation>--include-risk goes with --holdings: totals never count risk tokens</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2024-05-01 or 2024-05-01T12:00:00Z, not “%2”</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 needs an ISO 8601 date or time such as 2024-05-01 or 2024-05-01T12:00:00Z, not “%2”</translation>
    </message>
    <message>
        <source>Export only this token, asked of OKX by name: CHAIN:CONTRACT, the chain index and the token&apos;s contract, empty for the chain&apos;s own coin (1: is ETH). Repeat it for more tokens; their chains replace --chains.</source>
        <extracomment>Keep CHAIN:CONTRACT and the example 1:</extracomment>
        <translation>Export only this token, asked of OKX by name: CHAIN:CONTRACT, the chain index and the token&apos;s contract, empty for the chain&apos;s own coin (1: is ETH). Repeat it for more tokens; their chains replace --chains.</translation>
    </message>
    <message>
        <source>chain:contract</source>
        <translation>chain:contract</translation>
    </message>
    <message>
        <source>The host of OKX&apos;s public USD/CNY rate (default: the saved setting, else https://www.okx.com).</source>
        <translation>The host of OKX&apos;s public USD/CNY rate (default: the saved setting, else https://www.okx.com).</translation>
    </message>
    <message>
        <source>USD (default) or CNY: amounts also in yuan, exactly, at OKX&apos;s USD/CNY rate (fetched at most hourly; history: the rate recorded with each refresh). total prints the CNY total; export adds the columns usdCny,valueCny; history adds totalCny.</source>
        <extracomment>Keep USD, CNY and the column names</extracomment>
        <translation>USD (default) or CNY: amounts also in yuan, exactly, at OKX&apos;s USD/CNY rate (fetched at most hourly; history: the rate recorded with each refresh). total prints the CNY total; export adds the columns usdCny,valueCny; history adds totalCny.</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>currency</translation>
    </message>
    <message>
        <source>export --token needs --address or --all</source>
        <translation>export --token needs --address or --all</translation>
    </message>
    <message>
        <source>--at exports the holdings recorded: it takes no --token</source>
        <translation>--at exports the holdings recorded: it takes no --token</translation>
    </message>
    <message>
        <source>--token names each token&apos;s chain: it takes no --chains</source>
        <translation>--token names each token&apos;s chain: it takes no --chains</translation>
    </message>
    <message>
        <source>--demo and --rate-url cannot be combined</source>
        <translation>--demo and --rate-url cannot be combined</translation>
    </message>
    <message>
        <source>--rate-url needs an http or https URL such as https://www.okx.com</source>
        <translation>--rate-url needs an http or https URL such as https://www.okx.com</translation>
    </message>
    <message>
        <source>--fiat must be USD or CNY, not “%1”</source>
        <extracomment>%1 is the value given; keep USD and CNY</extracomment>
        <translation>--fiat must be USD or CNY, not “%1”</translation>
    </message>
</context>
<context>
    <name>CliOptionsParser</name>
    <message>
        <source>Print the exact USD total value of an address.</source>
        <translation>Print the exact USD total value of an address.</translation>
    </message>
    <message>
        <source>Print the chains the API supports.</source>
        <translation>Print the chains the API supports.</translation>
    </message>
    <message>
        <source>unknown command “%1”; run okx-wallet-viewer --help for the commands</source>
        <translation>unknown command “%1”; run okx-wallet-viewer --help for the commands</translation>
    </message>
    <message>
        <source>no command given; run okx-wallet-viewer --help for the commands</source>
        <translation>no command given; run okx-wallet-viewer --help for the commands</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>unexpected argument “%1”</translation>
    </message>
    <message>
        <source>Write every token holding of an address, or of the whole watch list, as CSV, highest value first.</source>
        <translation>Write every token holding of an address, or of the whole watch list, as CSV, highest value first.</translation>
    </message>
    <message>
        <source>Add an address to the watch list, with its chains and a label.</source>
        <translation>Add an address to the watch list, with its chains and a label.</translation>
    </message>
    <message>
        <source>Remove an address from the watch list.</source>
        <translation>Remove an address from the watch list.</translation>
    </message>
    <message>
        <source>Print the watch list: label, address and chains.</source>
        <translation>Print the watch list: label, address and chains.</translation>
    </message>
    <message>
        <source>Shows wallet holdings through the OKX Web3 Balance API.</source>
        <translation>Shows wallet holdings through the OKX Web3 Balance API.</translation>
    </message>
    <message>
        <source>Without a command it opens the window:</source>
        <extracomment>Usage of the window; keep the option names</extracomment>
        <translation>Without a command it opens the window:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run “okx-wallet-viewer &lt;command&gt; --help” for a command&apos;s options.</source>
        <translation>Run “okx-wallet-viewer &lt;command&gt; --help” for a command&apos;s options.</translation>
    </message>
    <message>
        <source>“export --all” writes every watched address in one CSV.</source>
        <extracomment>Keep the command and option names</extracomment>
        <translation>“export --all” writes every watched address in one CSV.</translation>
    </message>
    <message>
        <source>Connection options not given take the window&apos;s saved settings.</source>
        <translation>Connection options not given take the window&apos;s saved settings.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 bad usage or input, 3 refused by the API, 4 network or malformed response, 5 output not writable.</source>
        <translation>Exit codes: 0 ok, 2 bad usage or input, 3 refused by the API, 4 network or malformed response, 5 output not writable.</translation>
    </message>
    <message>
        <source>The window shows the same list.</source>
        <translation>The window shows the same list.</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions:</translation>
    </message>
    <message>
        <source>Run “okx-wallet-viewer watch &lt;action&gt; --help” for an action&apos;s options.</source>
        <translation>Run “okx-wallet-viewer watch &lt;action&gt; --help” for an action&apos;s options.</translation>
    </message>
    <message>
        <source>The wallet address.</source>
        <translation>The wallet address.</translation>
    </message>
    <message>
        <source>watch %1 needs an address</source>
        <extracomment>%1 is a watch action: add or remove</extracomment>
        <translation>watch %1 needs an address</translation>
    </message>
    <message>
        <source>Credentials come from OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE (or OKX_PASSPHRASE) and
OKX_PROJECT_ID, which override those saved in the window&apos;s settings (the OS keychain).</source>
        <extracomment>Keep the variable names; the line break keeps the help within 100 columns</extracomment>
        <translation>Credentials come from OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE (or OKX_PASSPHRASE) and
OKX_PROJECT_ID, which override those saved in the window&apos;s settings (the OS keychain).</translation>
    </message>
    <message>
        <source>Add, remove, list, import or export the addresses the window watches.</source>
        <translation>Add, remove, list, import or export the addresses the window watches.</translation>
    </message>
    <message>
        <source>Fetch every watched address, record it in the value history and print each total and its change.</source>
        <translation>Fetch every watched address, record it in the value history and print each total and its change.</translation>
    </message>
    <message>
        <source>Write the recorded totals (or holdings) of the value history as CSV, oldest first.</source>
        <translation>Write the recorded totals (or holdings) of the value history as CSV, oldest first.</translation>
    </message>
    <message>
        <source>Add the addresses of a CSV file (address,chains,label) to the watch list: all of them, or none when a line is invalid; addresses already watched are skipped.</source>
        <translation>Add the addresses of a CSV file (address,chains,label) to the watch list: all of them, or none when a line is invalid; addresses already watched are skipped.</translation>
    </message>
    <message>
        <source>Write the watch list as CSV (address,chains,label).</source>
        <translation>Write the watch list as CSV (address,chains,label).</translation>
    </message>
    <message>
        <source>“refresh” (for cron or a systemd timer) and the window record every good refresh; “history” reads them.</source>
        <extracomment>Keep the command names</extracomment>
        <translation>“refresh” (for cron or a systemd timer) and the window record every good refresh; “history” reads them.</translation>
    </message>
    <message>
        <source>export, total, chains, watch, refresh or history</source>
        <translation>export, total, chains, watch, refresh or history</translation>
    </message>
    <message>
        <source>add, remove, list, import or export</source>
        <translation>add, remove, list, import or export</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>The CSV file to read.</translation>
    </message>
    <message>
        <source>%1 records your own holdings: it takes no --demo</source>
        <extracomment>%1 is the command</extracomment>
        <translation>%1 records your own holdings: it takes no --demo</translation>
    </message>
    <message>
        <source>unknown watch action “%1”; expected add, remove, list, import or export</source>
        <translation>unknown watch action “%1”; expected add, remove, list, import or export</translation>
    </message>
    <message>
        <source>watch needs an action: add, remove, list, import or export</source>
        <translation>watch needs an action: add, remove, list, import or export</translation>
    </message>
    <message>
        <source>watch %1 needs a file</source>
        <extracomment>%1 is a watch action: import</extracomment>
        <translation>watch %1 needs a file</translation>
    </message>
    <message>
        <source>“export --token 1:0xdac17f958d2ee523a2206206994597c13d831ec7” asks OKX about the tokens named only.</source>
        <extracomment>Keep the command and option names and the example</extracomment>
        <translation>“export --token 1:0xdac17f958d2ee523a2206206994597c13d831ec7” asks OKX about the tokens named only.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>the demo server could not start on 127.0.0.1</source>
        <translation>the demo server could not start on 127.0.0.1</translation>
    </message>
    <message>
        <source>the wallet API (--api wallet) needs a project id: set OKX_PROJECT_ID or save one in the window&apos;s settings</source>
        <translation>the wallet API (--api wallet) needs a project id: set OKX_PROJECT_ID or save one in the window&apos;s settings</translation>
    </message>
    <message>
        <source>no API credentials: set %1, or save them in the window&apos;s settings (or use --demo)</source>
        <extracomment>%1 lists environment variable names</extracomment>
        <translation>no API credentials: set %1, or save them in the window&apos;s settings (or use --demo)</translation>
    </message>
</context>
<context>
    <name>CloseToTrayPrompt</name>
    <message>
        <source>Keep Watching in the Tray?</source>
        <translation>Keep Watching in the Tray?</translation>
    </message>
    <message>
        <source>Auto-refresh is on. The app can keep refreshing from the system tray after the window closes, and tell you when a value moves, a new token appears or refreshes keep failing.</source>
        <translation>Auto-refresh is on. The app can keep refreshing from the system tray after the window closes, and tell you when a value moves, a new token appears or refreshes keep failing.</translation>
    </message>
    <message>
        <source>&amp;Keep Watching</source>
        <translation>&amp;Keep Watching</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again (Settings can change it)</source>
        <translation>&amp;Don&apos;t ask again (Settings can change it)</translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>the watch list is empty: add addresses with “okx-wallet-viewer watch add” first</source>
        <translation>the watch list is empty: add addresses with “okx-wallet-viewer watch add” first</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Connecting to %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>Cannot reach %1</translation>
    </message>
    <message>
        <source>(demo server)</source>
        <extracomment>Appended to the connection state while the built-in demo server is used.</extracomment>
        <translation>(demo server)</translation>
    </message>
    <message>
        <source>The only host this app talks to: %1</source>
        <translation>The only host this app talks to: %1</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Not connected to %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>a quote inside a field that does not start with one</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <extracomment>%1 is a number of characters</extracomment>
        <translation>a field is longer than %1 characters</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>text after the closing quote of a field</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>digits are missing before the decimal point</source>
        <translation>digits are missing before the decimal point</translation>
    </message>
    <message>
        <source>digits are missing after the decimal point</source>
        <translation>digits are missing after the decimal point</translation>
    </message>
    <message>
        <source>“%1” is not a decimal number: %2</source>
        <extracomment>%1 is the (possibly shortened) text, %2 the reason</extracomment>
        <translation>“%1” is not a decimal number: %2</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>it is longer than %1 characters</translation>
    </message>
    <message>
        <source>only the digits 0–9, one &apos;.&apos;, a leading &apos;-&apos; and an exponent such as e-18 are allowed</source>
        <translation>only the digits 0–9, one &apos;.&apos;, a leading &apos;-&apos; and an exponent such as e-18 are allowed</translation>
    </message>
    <message>
        <source>its exponent is not a whole number</source>
        <translation>its exponent is not a whole number</translation>
    </message>
    <message>
        <source>its exponent is out of range</source>
        <translation>its exponent is out of range</translation>
    </message>
    <message>
        <source>it has more than %1 significant digits</source>
        <translation>it has more than %1 significant digits</translation>
    </message>
    <message>
        <source>it has more than %1 decimal places</source>
        <translation>it has more than %1 decimal places</translation>
    </message>
    <message>
        <source>it has more than %1 digits before the decimal point</source>
        <translation>it has more than %1 digits before the decimal point</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>Example fund</source>
        <translation>Example fund</translation>
    </message>
    <message>
        <source>Multi-chain demo</source>
        <translation>Multi-chain demo</translation>
    </message>
    <message>
        <source>Solana wallet</source>
        <translation>Solana wallet</translation>
    </message>
    <message>
        <source>Tron wallet</source>
        <translation>Tron wallet</translation>
    </message>
    <message>
        <source>Bitcoin savings</source>
        <translation>Bitcoin savings</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>OKX Wallet Viewer</source>
        <translation>OKX Wallet Viewer</translation>
    </message>
    <message>
        <source>The built-in demo server could not start.</source>
        <translation>The built-in demo server could not start.</translation>
    </message>
</context>
<context>
    <name>ExchangeRateCache</name>
    <message>
        <source>its rate is missing or not a string</source>
        <translation>its rate is missing or not a string</translation>
    </message>
    <message>
        <source>its time is missing or not an ISO 8601 time</source>
        <translation>its time is missing or not an ISO 8601 time</translation>
    </message>
    <message>
        <source>The saved USD/CNY rate is unusable, so none is known until one is fetched. %1</source>
        <extracomment>%1 is the file&apos;s problem</extracomment>
        <translation>The saved USD/CNY rate is unusable, so none is known until one is fetched. %1</translation>
    </message>
</context>
<context>
    <name>ExchangeRateParser</name>
    <message>
        <source>data[0].usdCny: %1</source>
        <extracomment>%1 says why the rate is refused</extracomment>
        <translation>data[0].usdCny: %1</translation>
    </message>
</context>
<context>
    <name>ExportAtCommand</name>
    <message>
        <source>no holdings of %1 are recorded at or before %2</source>
        <extracomment>%1 is an address, %2 a time</extracomment>
        <translation>no holdings of %1 are recorded at or before %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--token “%1”: no watched address is watched on %2 (chain %3)</source>
        <extracomment>%1 is the --token argument, %2 its chain&apos;s name, %3 the chain index</extracomment>
        <translation>--token “%1”: no watched address is watched on %2 (chain %3)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The current view: %n row(s), as filtered and sorted</source>
        <translation>
            <numerusform>The current view: %n row, as filtered and sorted</numerusform>
            <numerusform>The current view: %n rows, as filtered and sorted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every address: %n row(s)</source>
        <translation>
            <numerusform>Every address: %n row</numerusform>
            <numerusform>Every address: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Include tokens OKX flags as risky (airdrops, honeypots)</source>
        <translation>Include tokens OKX flags as risky (airdrops, honeypots)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>FiatConversion</name>
    <message>
        <source>No USD/CNY rate is known yet: amounts are in USD.</source>
        <translation>No USD/CNY rate is known yet: amounts are in USD.</translation>
    </message>
    <message>
        <source>CNY at the rate of %1: 1 USD = %2</source>
        <extracomment>%1 is the date and time the rate was fetched, %2 the rate in yuan, e.g. &quot;¥7.1543&quot;</extracomment>
        <translation>CNY at the rate of %1: 1 USD = %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search token, contract or chain</source>
        <translation>Search token, contract or chain</translation>
    </message>
    <message>
        <source>Hide risk tokens</source>
        <translation>Hide risk tokens</translation>
    </message>
    <message>
        <source>Hide the tokens OKX flags as risky airdrops or honeypots</source>
        <translation>Hide the tokens OKX flags as risky airdrops or honeypots</translation>
    </message>
    <message>
        <source>Hide unpriced</source>
        <translation>Hide unpriced</translation>
    </message>
    <message>
        <source>Hide the tokens OKX has no price for</source>
        <translation>Hide the tokens OKX has no price for</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <extracomment>The chart slice the table is filtered to; clicking clears the filter.</extracomment>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>Show every row again</translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) shown</source>
        <translation>
            <numerusform>%n holding shown</numerusform>
            <numerusform>%n holdings shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide small balances (&lt; %1)</source>
        <extracomment>%1 is the limit, one US dollar in the currency shown: &quot;$1.00&quot;, or &quot;¥7.15&quot; at OKX&apos;s rate.</extracomment>
        <translation>Hide small balances (&lt; %1)</translation>
    </message>
</context>
<context>
    <name>FirstRunPrompt</name>
    <message>
        <source>No addresses watched yet</source>
        <translation>No addresses watched yet</translation>
    </message>
    <message>
        <source>Add a wallet address (EVM, Solana, Tron, Bitcoin and more) to see what it holds on every chain, priced in USD. Addresses are only read: no private key is ever asked for.</source>
        <translation>Add a wallet address (EVM, Solana, Tron, Bitcoin and more) to see what it holds on every chain, priced in USD. Addresses are only read: no private key is ever asked for.</translation>
    </message>
    <message>
        <source>Add Address… (%1)</source>
        <extracomment>%1 is the shortcut of Add Address, e.g. Ctrl+N</extracomment>
        <translation>Add Address… (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryChartView</name>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <extracomment>The value history chart&apos;s readout: %1 a time, %2 the address(es) recorded, %3 the exact total, %4 its change.</extracomment>
        <translation>%1 · %2 · %3 (%4)</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>no value is recorded for %1</source>
        <translation>no value is recorded for %1</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <extracomment>In the value history&apos;s table: a refresh recorded that many addresses.</extracomment>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>The first value recorded: nothing to compare with</source>
        <extracomment>Tooltip of the value history&apos;s Change cell on the first point ever recorded.</extracomment>
        <translation>The first value recorded: nothing to compare with</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Value history table header: when the refresh was recorded.</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>Recorded</source>
        <extracomment>Value history table header: the address(es) the refresh recorded.</extracomment>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Total Value (%1)</source>
        <extracomment>Value history table header: the exact total value then; %1 is its currency, USD or CNY.</extracomment>
        <translation>Total Value (%1)</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <extracomment>Value history table header: the change since the previous point; %1 is its currency, USD or CNY.</extracomment>
        <translation>Change (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>All addresses</source>
        <translation>All addresses</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A choice of the value history&apos;s scope: %1 an address&apos;s label, %2 the address shortened.
----------
%1 is a period (&quot;The last week&quot;), %2 its shortcut (Alt+2).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period. Choose a longer one, or All.</source>
        <translation>Nothing was recorded in this period. Choose a longer one, or All.</translation>
    </message>
    <message>
        <source>Value History</source>
        <extracomment>Title of the window&apos;s History view.</extracomment>
        <translation>Value History</translation>
    </message>
    <message>
        <source>Whose value: all addresses together, or one</source>
        <translation>Whose value: all addresses together, or one</translation>
    </message>
    <message>
        <source>1D</source>
        <extracomment>The History view&apos;s span buttons: the last day, week, month, year, or all time.</extracomment>
        <translation>1D</translation>
    </message>
    <message>
        <source>1W</source>
        <translation>1W</translation>
    </message>
    <message>
        <source>1M</source>
        <translation>1M</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>1Y</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>The last day</translation>
    </message>
    <message>
        <source>The last week</source>
        <translation>The last week</translation>
    </message>
    <message>
        <source>The last month</source>
        <translation>The last month</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>The last year</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>Everything recorded</translation>
    </message>
    <message>
        <source>&amp;Live Holdings</source>
        <translation>&amp;Live Holdings</translation>
    </message>
    <message>
        <source>Leave the history for the holdings of the latest refresh (Ctrl+H)</source>
        <translation>Leave the history for the holdings of the latest refresh (Ctrl+H)</translation>
    </message>
    <message>
        <source>Choose a point and press Enter to see the holdings recorded then.</source>
        <translation>Choose a point and press Enter to see the holdings recorded then.</translation>
    </message>
    <message>
        <source>&amp;Show Holdings at This Time</source>
        <translation>&amp;Show Holdings at This Time</translation>
    </message>
    <message>
        <source>No history yet: every refresh of your own addresses is recorded (the demo portfolios are not), and their value over time shows here from the first one on.</source>
        <translation>No history yet: every refresh of your own addresses is recorded (the demo portfolios are not), and their value over time shows here from the first one on.</translation>
    </message>
</context>
<context>
    <name>HoldersDialog</name>
    <message>
        <source>Holders of %1</source>
        <extracomment>Title of the dialog listing who holds a token; %1 is the token&apos;s symbol.</extracomment>
        <translation>Holders of %1</translation>
    </message>
    <message>
        <source>Every watched address and chain that holds %1, the same token across chains. A token at an unknown contract with the same symbol is not counted here.</source>
        <translation>Every watched address and chain that holds %1, the same token across chains. A token at an unknown contract with the same symbol is not counted here.</translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <source>Share of the whole balance of %1 held by the watched addresses</source>
        <translation>Share of the whole balance of %1 held by the watched addresses</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>Holders of a token: the column of the addresses&apos; labels.</extracomment>
        <translation>Label</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <extracomment>Holders of a token: %1 is the token&apos;s symbol.</extracomment>
        <translation>Balance (%1)</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <extracomment>Holders of a token: %1 is the currency values are shown in, USD or CNY.</extracomment>
        <translation>Value (%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>Holders of a token: each holder&apos;s percentage of the token&apos;s whole balance.</extracomment>
        <translation>Share</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n holding(s): %1 %2 · %3</source>
        <extracomment>Under a token&apos;s holders: %1 the exact sum of their balances, %2 the token, %3 the exact sum of their values.</extracomment>
        <translation>
            <numerusform>Total of %n holding: %1 %2 · %3</numerusform>
            <numerusform>Total of %n holdings: %1 %2 · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingMenu</name>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Show &amp;Holders…</source>
        <extracomment>Context menu of a holding: every watched address and chain that holds this token.</extracomment>
        <translation>Show &amp;Holders…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>Copy contract</source>
        <translation>Copy contract</translation>
    </message>
    <message>
        <source>Open address in %1 explorer</source>
        <extracomment>%1 is a chain name; opens the address&apos;s page on that chain&apos;s block explorer.</extracomment>
        <translation>Open address in %1 explorer</translation>
    </message>
    <message>
        <source>Open token contract in %1 explorer</source>
        <translation>Open token contract in %1 explorer</translation>
    </message>
    <message>
        <source>&amp;Refresh This Token</source>
        <extracomment>Context menu of a holding: fetch this token&apos;s balance and price of this address again, alone.</extracomment>
        <translation>&amp;Refresh This Token</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <extracomment>Context menu of a holding: count the token like one OKX flags as risky (left out of totals).</extracomment>
        <translation>Mark as &amp;Spam</translation>
    </message>
    <message>
        <source>&amp;Trust This Token</source>
        <extracomment>Context menu of a holding: count the token in totals even though OKX flags it as risky.</extracomment>
        <translation>&amp;Trust This Token</translation>
    </message>
</context>
<context>
    <name>HoldingsExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingsView</name>
    <message>
        <source>No holdings match “%1”.</source>
        <extracomment>%1 is what the user searched for</extracomment>
        <translation>No holdings match “%1”.</translation>
    </message>
    <message>
        <source>No holdings match the filters.</source>
        <translation>No holdings match the filters.</translation>
    </message>
    <message>
        <source>This address holds nothing on its watched chains, or has not been refreshed yet.</source>
        <translation>This address holds nothing on its watched chains, or has not been refreshed yet.</translation>
    </message>
    <message>
        <source>%1 (shown once a refresh changes something)</source>
        <extracomment>A column header&apos;s menu entry; %1 is the column&apos;s title, &quot;Change (USD)&quot;</extracomment>
        <translation>%1 (shown once a refresh changes something)</translation>
    </message>
    <message>
        <source>%1 (shown with several addresses in view)</source>
        <extracomment>A column header&apos;s menu entry; %1 is the column&apos;s title, &quot;Address&quot;</extracomment>
        <translation>%1 (shown with several addresses in view)</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Shows the holdings of wallet addresses through the OKX Web3 Balance API.</source>
        <translation>Shows the holdings of wallet addresses through the OKX Web3 Balance API.</translation>
    </message>
    <message>
        <source>Language of the window: en or zh.</source>
        <translation>Language of the window: en or zh.</translation>
    </message>
    <message>
        <source>The API host, e.g. https://web3.okx.com.</source>
        <translation>The API host, e.g. https://web3.okx.com.</translation>
    </message>
    <message>
        <source>The API path family: v5, v6 or wallet.</source>
        <translation>The API path family: v5, v6 or wallet.</translation>
    </message>
    <message>
        <source>Also show this address (for this session only).</source>
        <translation>Also show this address (for this session only).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--lang must be en or zh, not “%1”.</source>
        <translation>--lang must be en or zh, not “%1”.</translation>
    </message>
    <message>
        <source>--base-url must be an http or https URL with a host, not “%1”.</source>
        <translation>--base-url must be an http or https URL with a host, not “%1”.</translation>
    </message>
    <message>
        <source>--api must be v5, v6 or wallet, not “%1”.</source>
        <translation>--api must be v5, v6 or wallet, not “%1”.</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Fetch the latest holdings of every address (F5)</source>
        <translation>Fetch the latest holdings of every address (F5)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Cancel the refresh in progress (Esc)</source>
        <translation>Cancel the refresh in progress (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Save the holdings as a CSV file (Ctrl+E)</source>
        <translation>Save the holdings as a CSV file (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>Copy the selected rows as tab-separated text</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Privacy mode</source>
        <translation>&amp;Privacy mode</translation>
    </message>
    <message>
        <source>Hide every amount behind dots (Ctrl+Shift+M)</source>
        <translation>Hide every amount behind dots (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;About OKX Wallet Viewer</source>
        <translation>&amp;About OKX Wallet Viewer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>&amp;Addresses</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Auto-refresh</translation>
    </message>
    <message>
        <source>&amp;Add Address…</source>
        <translation>&amp;Add Address…</translation>
    </message>
    <message>
        <source>Watch another address (Ctrl+N)</source>
        <translation>Watch another address (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Address…</source>
        <translation>&amp;Edit Address…</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>&amp;Remove Address</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>&amp;Undo Remove</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Off</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Token Verdicts…</source>
        <extracomment>The list of tokens the user marked as spam or chose to trust.</extracomment>
        <translation>&amp;Token Verdicts…</translation>
    </message>
    <message>
        <source>The tokens you marked as spam or chose to trust (Ctrl+Shift+T)</source>
        <translation>The tokens you marked as spam or chose to trust (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Add Addre&amp;sses…</source>
        <translation>Add Addre&amp;sses…</translation>
    </message>
    <message>
        <source>Watch a pasted list of addresses (Ctrl+Shift+N)</source>
        <translation>Watch a pasted list of addresses (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Import Watch List…</source>
        <translation>&amp;Import Watch List…</translation>
    </message>
    <message>
        <source>Add the addresses of a CSV file (address,chains,label)</source>
        <translation>Add the addresses of a CSV file (address,chains,label)</translation>
    </message>
    <message>
        <source>Export &amp;Watch List…</source>
        <translation>Export &amp;Watch List…</translation>
    </message>
    <message>
        <source>Save the watched addresses as a CSV file (address,chains,label)</source>
        <translation>Save the watched addresses as a CSV file (address,chains,label)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <extracomment>View menu: shows the value of the addresses over time (checked while it is shown).</extracomment>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>The value of your addresses over time, and the holdings recorded at each refresh (Ctrl+H)</source>
        <translation>The value of your addresses over time, and the holdings recorded at each refresh (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <extracomment>View menu: the currency every value is shown in.</extracomment>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <source>&amp;US Dollar (USD)</source>
        <translation>&amp;US Dollar (USD)</translation>
    </message>
    <message>
        <source>Chinese &amp;Yuan (CNY)</source>
        <extracomment>Values converted at OKX&apos;s published USD/CNY rate.</extracomment>
        <translation>Chinese &amp;Yuan (CNY)</translation>
    </message>
    <message>
        <source>&amp;Group by Token</source>
        <extracomment>View menu: folds the same token across chains and addresses into one expandable row (checked while grouped).</extracomment>
        <translation>&amp;Group by Token</translation>
    </message>
    <message>
        <source>One row per token across chains and addresses, with exact sums (Ctrl+G)</source>
        <translation>One row per token across chains and addresses, with exact sums (Ctrl+G)</translation>
    </message>
    <message>
        <source>Color sch&amp;eme</source>
        <extracomment>View menu: the window&apos;s colours, light or dark.</extracomment>
        <translation>Color sch&amp;eme</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>Color scheme: follow the desktop&apos;s light or dark setting.</extracomment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OKX Wallet Viewer</source>
        <translation>OKX Wallet Viewer</translation>
    </message>
    <message>
        <source>Demo data — enter your OKX API key to see your own addresses</source>
        <translation>Demo data — enter your OKX API key to see your own addresses</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Open Settings…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>%1 The watch list is kept here and will be saved again.</source>
        <translation>%1 The watch list is kept here and will be saved again.</translation>
    </message>
    <message>
        <source>The watch list is saved again.</source>
        <translation>The watch list is saved again.</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1 They stay in effect and will be saved again.</source>
        <translation>Your settings could not be saved: %1 They stay in effect and will be saved again.</translation>
    </message>
    <message>
        <source>Enter your OKX API key to refresh your addresses. Until then they show the holdings saved at their last refresh.</source>
        <translation>Enter your OKX API key to refresh your addresses. Until then they show the holdings saved at their last refresh.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>&lt; %1</source>
        <extracomment>An amount too small to show, e.g. &quot;&lt; $0.01&quot;; %1 is the smallest amount that can be shown.</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage; %1 is the number. Chinese writes it without the space: &quot;12.5%&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <extracomment>A negative amount too small to show, e.g. &quot;&gt; -$0.01&quot;; %1 is that amount with its minus sign.</extracomment>
        <translation>&gt; %1</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>cannot write to standard output: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPresenter</name>
    <message>
        <source>Offline — showing holdings as of %1.</source>
        <extracomment>%1 is the time of the oldest saved holdings on screen.</extracomment>
        <translation>Offline — showing holdings as of %1.</translation>
    </message>
    <message>
        <source>The data shown is as of %1.</source>
        <extracomment>%1 is the time of the oldest data still on screen.</extracomment>
        <translation>The data shown is as of %1.</translation>
    </message>
</context>
<context>
    <name>PastedAddresses</name>
    <message>
        <source>more than %1 lines: add the rest in another step</source>
        <translation>more than %1 lines: add the rest in another step</translation>
    </message>
</context>
<context>
    <name>RecordedHoldingsView</name>
    <message>
        <source>As of %1 (recorded) · %2</source>
        <extracomment>Heading of the holdings recorded in the past: %1 is a date and time, %2 &quot;All addresses&quot; or an address&apos;s name.</extracomment>
        <translation>As of %1 (recorded) · %2</translation>
    </message>
    <message>
        <source>Total then: %1</source>
        <extracomment>Under the heading of recorded holdings: %1 is the exact total value of the holdings shown.</extracomment>
        <translation>Total then: %1</translation>
    </message>
    <message numerus="yes">
        <source>For each address, the holdings last recorded at or before this time (%n address(es)). Read-only: the live holdings are unchanged.</source>
        <translation>
            <numerusform>For each address, the holdings last recorded at or before this time (%n address). Read-only: the live holdings are unchanged.</numerusform>
            <numerusform>For each address, the holdings last recorded at or before this time (%n addresses). Read-only: the live holdings are unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Save these recorded holdings as a CSV file, as &apos;export --at&apos; writes them</source>
        <translation>Save these recorded holdings as a CSV file, as &apos;export --at&apos; writes them</translation>
    </message>
    <message>
        <source>&amp;Back to History</source>
        <translation>&amp;Back to History</translation>
    </message>
    <message>
        <source>&amp;Live Holdings</source>
        <translation>&amp;Live Holdings</translation>
    </message>
    <message>
        <source>Leave the history for the holdings of the latest refresh</source>
        <translation>Leave the history for the holdings of the latest refresh</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>failed</source>
        <extracomment>Shown in a refresh&apos;s line of an address that could not be fetched</extracomment>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>The change of a total since the last refresh recorded: none yet</extracomment>
        <translation>new</translation>
    </message>
    <message>
        <source>the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded with the rate of %3</source>
        <translation>the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded with the rate of %3</translation>
    </message>
    <message>
        <source>the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded without a rate</source>
        <translation>the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded without a rate</translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>Could not refresh %1. %2</source>
        <extracomment>%1 is an address&apos;s label, %2 the reason (a full sentence).</extracomment>
        <translation>Could not refresh %1. %2</translation>
    </message>
    <message>
        <source>Could not refresh %1 of %2 addresses. %3: %4</source>
        <extracomment>%1 and %2 count addresses; %3 is the first address&apos;s label and %4 its reason (a full sentence).</extracomment>
        <translation>Could not refresh %1 of %2 addresses. %3: %4</translation>
    </message>
    <message>
        <source>%1 Enter it in Settings…</source>
        <extracomment>%1 says that the chosen API needs a project ID; Settings… is the window&apos;s menu item and toolbar button</extracomment>
        <translation>%1 Enter it in Settings…</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: its balance or price changed.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>Refreshed %1 of %2: its balance or price changed.</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: it is held again.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>Refreshed %1 of %2: it is held again.</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: it is no longer held.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>Refreshed %1 of %2: it is no longer held.</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: unchanged.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>Refreshed %1 of %2: unchanged.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>What a refresh could not update: %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refreshing… %1 of %2 requests</source>
        <extracomment>Status bar during a refresh: HTTP requests completed and in all.</extracomment>
        <translation>Refreshing… %1 of %2 requests</translation>
    </message>
    <message>
        <source>Refresh cancelled</source>
        <translation>Refresh cancelled</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Refreshed</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed with %n address(es) not updated</source>
        <translation>
            <numerusform>Refreshed with %n address not updated</numerusform>
            <numerusform>Refreshed with %n addresses not updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <extracomment>Status bar: the refresh ended and not one address could be updated (the message bar says why).</extracomment>
        <translation>Refresh failed</translation>
    </message>
</context>
<context>
    <name>RequestRunner</name>
    <message>
        <source>the reply is larger than 32 MB</source>
        <translation>the reply is larger than 32 MB</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes, before the reply was complete</source>
        <extracomment>%1 is a byte count</extracomment>
        <translation>the connection closed after %1 bytes, before the reply was complete</translation>
    </message>
    <message>
        <source>the reply was cut off after %1 of %2 bytes</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation>the reply was cut off after %1 of %2 bytes</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <source>the file is not open</source>
        <translation>the file is not open</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (e.g. &quot;No space left on device&quot;)</extracomment>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The credentials stored in the keychain are unreadable; please enter them again.</source>
        <translation>The credentials stored in the keychain are unreadable; please enter them again.</translation>
    </message>
    <message>
        <source>it does not hold the three secrets</source>
        <translation>it does not hold the three secrets</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Cannot remove %1.</translation>
    </message>
    <message>
        <source>%1 The secrets are kept for this session only.</source>
        <translation>%1 The secrets are kept for this session only.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the API key, secret key and passphrase are kept for this session only.</source>
        <translation>The system keychain is not available, so the API key, secret key and passphrase are kept for this session only.</translation>
    </message>
    <message>
        <source>The system keychain refused access, so the API key, secret key and passphrase are kept for this session only.</source>
        <translation>The system keychain refused access, so the API key, secret key and passphrase are kept for this session only.</translation>
    </message>
    <message>
        <source>The system keychain could not delete the stored API key, secret key and passphrase; here they are cleared for this session only.</source>
        <translation>The system keychain could not delete the stored API key, secret key and passphrase; here they are cleared for this session only.</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <extracomment>%1 is one of the sentences on the keychain, %2 the keychain library&apos;s own explanation (in English), e.g. &quot;org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided&quot;</extracomment>
        <translation>%1 Details: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Optional; the Wallet API needs it</source>
        <translation>Optional; the Wallet API needs it</translation>
    </message>
    <message>
        <source>Keep them in a file only I can read</source>
        <translation>Keep them in a file only I can read</translation>
    </message>
    <message>
        <source>OKX API key</source>
        <translation>OKX API key</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>&amp;Secret key:</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>P&amp;roject ID:</source>
        <translation>P&amp;roject ID:</translation>
    </message>
    <message>
        <source>Wallet API v5 (needs a project ID)</source>
        <translation>Wallet API v5 (needs a project ID)</translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit after the requests-per-second number</extracomment>
        <translation> requests/s</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the timeout in seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Value-move notifications: none</extracomment>
        <translation>Off</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>API &amp;family:</source>
        <translation>API &amp;family:</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Rate limit:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>&amp;Auto-refresh:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Test &amp;Connection</translation>
    </message>
    <message>
        <source>Checks the key and the address by asking OKX for its supported chains.</source>
        <translation>Checks the key and the address by asking OKX for its supported chains.</translation>
    </message>
    <message>
        <source>Set in the environment, %1 take precedence over the values here.</source>
        <extracomment>%1 lists environment variable names such as OKX_API_KEY</extracomment>
        <translation>Set in the environment, %1 take precedence over the values here.</translation>
    </message>
    <message>
        <source>Asking %1 for its supported chains…</source>
        <translation>Asking %1 for its supported chains…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: OKX answered with %n supported chain(s).</source>
        <translation>
            <numerusform>Connected: OKX answered with %n supported chain.</numerusform>
            <numerusform>Connected: OKX answered with %n supported chains.</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key, secret key and passphrase are kept in the system keychain.</source>
        <translation>The API key, secret key and passphrase are kept in the system keychain.</translation>
    </message>
    <message>
        <source>No keychain is available: the API key, secret key and passphrase are kept for this session only.</source>
        <translation>No keychain is available: the API key, secret key and passphrase are kept for this session only.</translation>
    </message>
    <message>
        <source>The API key, secret key and passphrase are kept in %1, readable only by you.</source>
        <translation>The API key, secret key and passphrase are kept in %1, readable only by you.</translation>
    </message>
    <message>
        <source>Keep the Secrets in a File?</source>
        <translation>Keep the Secrets in a File?</translation>
    </message>
    <message>
        <source>The API key, secret key and passphrase will be written unencrypted to
%1

Only your user account can read that file, but so can anything running as you, and it may end up in backups. Choose this only if no keychain can be set up.

Keep the secrets in this file?</source>
        <translation>The API key, secret key and passphrase will be written unencrypted to
%1

Only your user account can read that file, but so can anything running as you, and it may end up in backups. Choose this only if no keychain can be set up.

Keep the secrets in this file?</translation>
    </message>
    <message>
        <source>Enter an http or https address with a host name, such as https://web3.okx.com.</source>
        <translation>Enter an http or https address with a host name, such as https://web3.okx.com.</translation>
    </message>
    <message>
        <source>Plain http sends the passphrase unencrypted: use https unless this is a local server.</source>
        <translation>Plain http sends the passphrase unencrypted: use https unless this is a local server.</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Shown in the rate limit box when it is 0</extracomment>
        <translation>No limit</translation>
    </message>
    <message>
        <source>DEX API v6 (default)</source>
        <translation>DEX API v6 (default)</translation>
    </message>
    <message>
        <source>DEX API v5 (older)</source>
        <translation>DEX API v5 (older)</translation>
    </message>
    <message>
        <source>DEX API v6</source>
        <translation>DEX API v6</translation>
    </message>
    <message>
        <source>DEX API v5</source>
        <translation>DEX API v5</translation>
    </message>
    <message>
        <source>Wallet API v5</source>
        <translation>Wallet API v5</translation>
    </message>
    <message>
        <source>%1 Enter it above.</source>
        <extracomment>%1 says that the chosen API needs a project ID; the field for it is above this text</extracomment>
        <translation>%1 Enter it above.</translation>
    </message>
    <message>
        <source>This server has no %1 (HTTP 404); asking it for the other API families…</source>
        <extracomment>%1 is the API family chosen, e.g. DEX API v5</extracomment>
        <translation>This server has no %1 (HTTP 404); asking it for the other API families…</translation>
    </message>
    <message>
        <source>This server has no %1 (HTTP 404); %2 answers: choose it under API family.</source>
        <extracomment>%1 is the API family chosen, %2 another one that the same server answers on</extracomment>
        <translation>This server has no %1 (HTTP 404); %2 answers: choose it under API family.</translation>
    </message>
    <message>
        <source>This server has no %1 (HTTP 404), nor any other API family: check the base URL.</source>
        <extracomment>%1 is the API family chosen</extracomment>
        <translation>This server has no %1 (HTTP 404), nor any other API family: check the base URL.</translation>
    </message>
    <message>
        <source>US Dollar (USD)</source>
        <translation>US Dollar (USD)</translation>
    </message>
    <message>
        <source>Chinese Yuan (CNY)</source>
        <translation>Chinese Yuan (CNY)</translation>
    </message>
    <message>
        <source>Where OKX&apos;s public USD/CNY rate is asked for; no key is sent there.</source>
        <extracomment>Tooltip of the exchange rate host field.</extracomment>
        <translation>Where OKX&apos;s public USD/CNY rate is asked for; no key is sent there.</translation>
    </message>
    <message>
        <source>Show &amp;values in:</source>
        <extracomment>Settings: the currency every value in the window is shown in.</extracomment>
        <translation>Show &amp;values in:</translation>
    </message>
    <message>
        <source>E&amp;xchange rate host:</source>
        <extracomment>Settings: the host OKX&apos;s USD/CNY exchange rate is fetched from.</extracomment>
        <translation>E&amp;xchange rate host:</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>Keep watching in the tray</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>% of its value</source>
        <extracomment>Unit of the value-move threshold</extracomment>
        <translation>% of its value</translation>
    </message>
    <message>
        <source>USD</source>
        <extracomment>Unit of the value-move threshold</extracomment>
        <translation>USD</translation>
    </message>
    <message>
        <source>Notify when an address holds a &amp;new token</source>
        <translation>Notify when an address holds a &amp;new token</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Shown in the failure-notification box when it is 0</extracomment>
        <translation>Never</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>There is no system tray here: closing the window quits, and nothing is notified.</source>
        <translation>There is no system tray here: closing the window quits, and nothing is notified.</translation>
    </message>
    <message>
        <source>Watching in the background</source>
        <translation>Watching in the background</translation>
    </message>
    <message>
        <source>&amp;When the window is closed during auto-refresh:</source>
        <translation>&amp;When the window is closed during auto-refresh:</translation>
    </message>
    <message>
        <source>Notify when a value &amp;moves by more than:</source>
        <translation>Notify when a value &amp;moves by more than:</translation>
    </message>
    <message>
        <source>Notify when refreshes fai&amp;l for:</source>
        <translation>Notify when refreshes fai&amp;l for:</translation>
    </message>
    <message>
        <source>Enter an http or https address with a host name, such as https://www.okx.com.</source>
        <translation>Enter an http or https address with a host name, such as https://www.okx.com.</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Color scheme: follow the desktop&apos;s light or dark setting.</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Color sch&amp;eme:</source>
        <extracomment>Settings: the window&apos;s colours, light or dark.</extracomment>
        <translation>Color sch&amp;eme:</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>Settings: how the window shows things (currency, colours).</extracomment>
        <translation>Display</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>its fields are missing or of the wrong type</source>
        <translation>its fields are missing or of the wrong type</translation>
    </message>
    <message>
        <source>The saved holdings of %1 were unusable and have been dropped; they will be fetched again. %2</source>
        <extracomment>%1 is an address, %2 the file&apos;s problem</extracomment>
        <translation>The saved holdings of %1 were unusable and have been dropped; they will be fetched again. %2</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>All addresses</source>
        <translation>All addresses</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk token(s) left out of the total (claiming %1)</source>
        <extracomment>%1 is the USD value the risk tokens claim to be worth.</extracomment>
        <translation>
            <numerusform>%n risk token left out of the total (claiming %1)</numerusform>
            <numerusform>%n risk tokens left out of the total (claiming %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpriced token(s) left out of the total</source>
        <translation>
            <numerusform>%n unpriced token left out of the total</numerusform>
            <numerusform>%n unpriced tokens left out of the total</numerusform>
        </translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>Not refreshed yet</translation>
    </message>
    <message>
        <source>As of %1 — the latest refresh failed</source>
        <extracomment>%1 is the time of the oldest data shown.</extracomment>
        <translation>As of %1 — the latest refresh failed</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>As of %1 (saved) — refreshing…</source>
        <extracomment>%1 is the time the saved holdings were fetched, in an earlier run of the app.</extracomment>
        <translation>As of %1 (saved) — refreshing…</translation>
    </message>
    <message>
        <source>%1 since the previous refresh</source>
        <extracomment>%1 is a signed USD amount such as +$12.30.</extracomment>
        <translation>%1 since the previous refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n new token(s)</source>
        <translation>
            <numerusform>%n new token</numerusform>
            <numerusform>%n new tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>gone: %1</source>
        <extracomment>%1 lists the symbols of tokens no longer held.</extracomment>
        <translation>gone: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>As of %1 (saved)</source>
        <extracomment>%1 is the time the saved holdings were fetched, in an earlier run of the app (no refresh running).</extracomment>
        <translation>As of %1 (saved)</translation>
    </message>
    <message>
        <source>As of %1 — the latest refresh was stopped</source>
        <extracomment>%1 is the time of the oldest data shown; a refresh was stopped before it fetched every address.</extracomment>
        <translation>As of %1 — the latest refresh was stopped</translation>
    </message>
    <message>
        <source>Updated between %1 and %2</source>
        <extracomment>%1 and %2 are the times of the oldest and the newest data shown (addresses refreshed apart).</extracomment>
        <translation>Updated between %1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>gone: %1 and %n more</source>
        <extracomment>%1 lists the first symbols of tokens no longer held; %n how many more there are.</extracomment>
        <translation>
            <numerusform>gone: %1 and %n more</numerusform>
            <numerusform>gone: %1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone: %1</source>
        <translation>Gone: %1</translation>
    </message>
    <message>
        <source>Exact total: %1</source>
        <extracomment>%1 is an amount with every decimal, such as $1,000,000,000,000,000,000,000.00.</extracomment>
        <translation>Exact total: %1</translation>
    </message>
    <message>
        <source>Value claimed by risk tokens: %1</source>
        <extracomment>%1 is a USD amount with every decimal.</extracomment>
        <translation>Value claimed by risk tokens: %1</translation>
    </message>
    <message>
        <source>Exact change: %1</source>
        <extracomment>%1 is a USD amount with every decimal, with a minus sign for a loss.</extracomment>
        <translation>Exact change: %1</translation>
    </message>
    <message>
        <source>No change since the previous refresh</source>
        <translation>No change since the previous refresh</translation>
    </message>
    <message>
        <source>(no symbol)</source>
        <translation>(no symbol)</translation>
    </message>
    <message>
        <source>%1 from %2 on %3 — mark as spam?</source>
        <extracomment>A holding whose value looks wrong. %1 is a USD amount, %2 a token symbol, %3 a chain name.</extracomment>
        <translation>%1 from %2 on %3 — mark as spam?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more look suspicious)</source>
        <extracomment>After a suspicious holding: how many others look suspicious too.</extracomment>
        <translation>
            <numerusform>(%n more look suspicious)</numerusform>
            <numerusform>(%n more look suspicious)</numerusform>
        </translation>
    </message>
    <message>
        <source>It is worth more than %1 times everything else this address holds.</source>
        <translation>It is worth more than %1 times everything else this address holds.</translation>
    </message>
    <message>
        <source>Its price changed more than %1-fold since the previous refresh.</source>
        <extracomment>%1 is a factor, such as 100.</extracomment>
        <translation>Its price changed more than %1-fold since the previous refresh.</translation>
    </message>
    <message>
        <source>It still counts in the total until you mark it as spam (or trust it, from the table&apos;s context menu).</source>
        <translation>It still counts in the total until you mark it as spam (or trust it, from the table&apos;s context menu).</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <translation>Exact value: %1</translation>
    </message>
    <message>
        <source>Mark as Spam</source>
        <extracomment>The button beside a suspicious holding: marks its token as spam (left out of totals).</extracomment>
        <translation>Mark as Spam</translation>
    </message>
    <message>
        <source>In the other currency: %1</source>
        <extracomment>%1 is the same total in the other currency (USD, or CNY at OKX&apos;s rate).</extracomment>
        <translation>In the other currency: %1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <extracomment>The summary&apos;s total in the other currency (USD, or CNY at OKX&apos;s rate); %1 is that amount.</extracomment>
        <translation>≈ %1</translation>
    </message>
</context>
<context>
    <name>TokenAnswers</name>
    <message>
        <source>the reply gives a balance without saying of which token</source>
        <translation>the reply gives a balance without saying of which token</translation>
    </message>
</context>
<context>
    <name>TokenArgument</name>
    <message>
        <source>“%1” is never part of a token contract</source>
        <extracomment>%1 is a character of a token&apos;s contract (a space shows as “ ”)</extracomment>
        <translation>“%1” is never part of a token contract</translation>
    </message>
    <message>
        <source>a token contract has at most %1 characters; this one has %2</source>
        <extracomment>%1 is the most characters a contract may have, %2 how many this one has</extracomment>
        <translation>a token contract has at most %1 characters; this one has %2</translation>
    </message>
    <message>
        <source>--token “%1”: %2</source>
        <extracomment>%1 is the --token argument as given, %2 what is wrong with it</extracomment>
        <translation>--token “%1”: %2</translation>
    </message>
    <message>
        <source>expected CHAIN:CONTRACT, such as 1:0xdac17f958d2ee523a2206206994597c13d831ec7, or 1: for the chain&apos;s own coin</source>
        <extracomment>Keep CHAIN:CONTRACT and the examples</extracomment>
        <translation>expected CHAIN:CONTRACT, such as 1:0xdac17f958d2ee523a2206206994597c13d831ec7, or 1: for the chain&apos;s own coin</translation>
    </message>
    <message>
        <source>“%1” is not a chain index: expected a number such as 1, 56 or 501</source>
        <extracomment>%1 is what stands before the colon</extracomment>
        <translation>“%1” is not a chain index: expected a number such as 1, 56 or 501</translation>
    </message>
</context>
<context>
    <name>TokenGroupModel</name>
    <message numerus="yes">
        <source>%1 in %n holding(s) on %2</source>
        <extracomment>Tooltip of a token&apos;s group row: %1 is the token, %2 the chains it is held on.</extracomment>
        <translation>
            <numerusform>%1 in %n holding on %2</numerusform>
            <numerusform>%1 in %n holdings on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact balance: %1 %2</source>
        <translation>Exact balance: %1 %2</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <extracomment>Tooltip of a token&apos;s group row: %1 is the group&apos;s value with every decimal, in the currency shown.</extracomment>
        <translation>Exact value: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <extracomment>A token&apos;s group row, Chain column: on how many chains it is held.</extracomment>
        <translation>
            <numerusform>%n chain</numerusform>
            <numerusform>%n chains</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <extracomment>A token&apos;s group row, Address column: how many watched addresses hold it.</extracomment>
        <translation>
            <numerusform>%n address</numerusform>
            <numerusform>%n addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <extracomment>A token&apos;s group row, Contract column: how many contracts (or native coins) it folds.</extracomment>
        <translation>
            <numerusform>%n contract</numerusform>
            <numerusform>%n contracts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenVerdictsDialog</name>
    <message>
        <source>Token Verdicts</source>
        <translation>Token Verdicts</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>Column header: the user&apos;s verdict on a token (spam or trusted).</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>No verdicts yet. Right-click a holding to mark its token as spam or to trust it.</source>
        <translation>No verdicts yet. Right-click a holding to mark its token as spam or to trust it.</translation>
    </message>
    <message>
        <source>A token marked as spam is left out of every total like a token OKX flags as risky; a trusted token counts even when OKX flags it. Removing a verdict applies at once.</source>
        <translation>A token marked as spam is left out of every total like a token OKX flags as risky; a trusted token counts even when OKX flags it. Removing a verdict applies at once.</translation>
    </message>
    <message>
        <source>Native coin</source>
        <extracomment>The Contract cell of a chain&apos;s own coin, which has no token contract.</extracomment>
        <translation>Native coin</translation>
    </message>
    <message>
        <source>spam — marked by you</source>
        <translation>spam — marked by you</translation>
    </message>
    <message>
        <source>trusted by you</source>
        <translation>trusted by you</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Takes the user&apos;s verdict on a token back.</extracomment>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>OKX Wallet Viewer
Total: %1</source>
        <extracomment>The tray icon&apos;s tooltip. %1 is the USD total of every watched address</extracomment>
        <translation>OKX Wallet Viewer
Total: %1</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>&amp;Hide Window</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>&amp;Show Window</translation>
    </message>
</context>
<context>
    <name>UsdCnyRate</name>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>it is longer than %1 characters</translation>
    </message>
    <message>
        <source>only digits with at most one &apos;.&apos; between them are allowed</source>
        <translation>only digits with at most one &apos;.&apos; between them are allowed</translation>
    </message>
    <message>
        <source>it has more than %1 digits before the decimal point</source>
        <translation>it has more than %1 digits before the decimal point</translation>
    </message>
    <message>
        <source>it has more than %1 decimal places</source>
        <translation>it has more than %1 decimal places</translation>
    </message>
    <message>
        <source>“%1” is not a USD/CNY rate: %2</source>
        <extracomment>%1 is the (possibly shortened) text, %2 the reason</extracomment>
        <translation>“%1” is not a USD/CNY rate: %2</translation>
    </message>
    <message>
        <source>it is not a decimal number</source>
        <translation>it is not a decimal number</translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation>it is zero</translation>
    </message>
    <message>
        <source>its time is unknown</source>
        <translation>its time is unknown</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>OKX Wallet Viewer User Guide</source>
        <translation>OKX Wallet Viewer User Guide</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>This guide is written in English.</source>
        <translation>This guide is written in English.</translation>
    </message>
</context>
<context>
    <name>ValueHistory</name>
    <message>
        <source>The value history %1 cannot be used: %2. It is left as it is; move it elsewhere to start a new history.</source>
        <extracomment>%1 is a file, %2 what is wrong with it</extracomment>
        <translation>The value history %1 cannot be used: %2. It is left as it is; move it elsewhere to start a new history.</translation>
    </message>
    <message>
        <source>The value history %1 could not be read or written: %2.</source>
        <extracomment>%1 is a file, %2 the database&apos;s reason</extracomment>
        <translation>The value history %1 could not be read or written: %2.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <extracomment>Keep the package name</extracomment>
        <translation>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>it is not a value history of this app</source>
        <translation>it is not a value history of this app</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema %1; this version reads %2)</source>
        <translation>it was written by a newer version of the app (schema %1; this version reads %2)</translation>
    </message>
    <message>
        <source>its schema version %1 is not supported (expected %2)</source>
        <translation>its schema version %1 is not supported (expected %2)</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>it is damaged (%1)</translation>
    </message>
    <message>
        <source>a recorded %1 is unusable: %2</source>
        <extracomment>%1 is a field name (balance, tokenPrice), %2 why its value is refused</extracomment>
        <translation>a recorded %1 is unusable: %2</translation>
    </message>
    <message>
        <source>a recorded total is unusable: %1</source>
        <extracomment>%1 is why the value is refused</extracomment>
        <translation>a recorded total is unusable: %1</translation>
    </message>
    <message>
        <source>it could not be upgraded to schema %1 (%2)</source>
        <extracomment>%1 is a schema version, %2 the database&apos;s reason</extracomment>
        <translation>it could not be upgraded to schema %1 (%2)</translation>
    </message>
    <message>
        <source>the rate or its time is missing</source>
        <translation>the rate or its time is missing</translation>
    </message>
    <message>
        <source>a recorded USD/CNY rate is unusable: %1</source>
        <extracomment>%1 is why the rate is refused</extracomment>
        <translation>a recorded USD/CNY rate is unusable: %1</translation>
    </message>
</context>
<context>
    <name>VerdictStore</name>
    <message>
        <source>its list of verdicts is missing or holds an unusable entry</source>
        <translation>its list of verdicts is missing or holds an unusable entry</translation>
    </message>
    <message>
        <source>Your token verdicts (spam and trusted tokens) could not be read, so none of them applies. %1</source>
        <extracomment>%1 says what is wrong with the file and that it is kept as it is.</extracomment>
        <translation>Your token verdicts (spam and trusted tokens) could not be read, so none of them applies. %1</translation>
    </message>
    <message>
        <source>The token verdict could not be saved, so it was not applied: %1</source>
        <extracomment>%1 is why the file could not be written</extracomment>
        <translation>The token verdict could not be saved, so it was not applied: %1</translation>
    </message>
</context>
<context>
    <name>VersionedJsonFile</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>it cannot be read (%1)</translation>
    </message>
    <message>
        <source>it is too large (%1 bytes)</source>
        <translation>it is too large (%1 bytes)</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2); it may be truncated</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 a byte offset in the file</extracomment>
        <translation>it is not valid JSON (%1 at byte %2); it may be truncated</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>it does not hold a JSON object</translation>
    </message>
    <message>
        <source>it has no format version</source>
        <translation>it has no format version</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (format %1; this version reads %2)</source>
        <translation>it was written by a newer version of the app (format %1; this version reads %2)</translation>
    </message>
    <message>
        <source>its format version %1 is not supported (expected %2)</source>
        <translation>its format version %1 is not supported (expected %2)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It was deleted.</source>
        <extracomment>%1 a file path, %2 why it is unusable</extracomment>
        <translation>The file %1 could not be used: %2. It was deleted.</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It could not be moved aside (%3), so it is left as it is and nothing will be saved over it.</source>
        <extracomment>%1 a file path, %2 why it is unusable, %3 why it could not be renamed</extracomment>
        <translation>The file %1 could not be used: %2. It could not be moved aside (%3), so it is left as it is and nothing will be saved over it.</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It was kept as %3.</source>
        <extracomment>%1 a file path, %2 why it is unusable, %3 the path it was renamed to</extracomment>
        <translation>The file %1 could not be used: %2. It was kept as %3.</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It is left as it is, and nothing will be saved over it until it is mended or removed.</source>
        <extracomment>%1 a file path, %2 why it is unusable</extracomment>
        <translation>The file %1 could not be used: %2. It is left as it is, and nothing will be saved over it until it is mended or removed.</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>unknown chain %1: not one of the chains the app knows</source>
        <extracomment>%1 is one or more chain indexes</extracomment>
        <translation>unknown chain %1: not one of the chains the app knows</translation>
    </message>
    <message>
        <source>Added %1 to the watch list on %2.</source>
        <extracomment>%1 is the address (with its label), %2 the chain names</extracomment>
        <translation>Added %1 to the watch list on %2.</translation>
    </message>
    <message>
        <source>%1 is not in the watch list</source>
        <translation>%1 is not in the watch list</translation>
    </message>
    <message>
        <source>Removed %1 from the watch list.</source>
        <translation>Removed %1 from the watch list.</translation>
    </message>
    <message>
        <source>The watch list is empty. Add an address with: okx-wallet-viewer watch add ADDRESS --chains 1,56 --label TEXT</source>
        <extracomment>Keep the command and its options</extracomment>
        <translation>The watch list is empty. Add an address with: okx-wallet-viewer watch add ADDRESS --chains 1,56 --label TEXT</translation>
    </message>
    <message>
        <source>LABEL</source>
        <extracomment>Column titles of the watch list</extracomment>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>CHAINS</source>
        <translation>CHAINS</translation>
    </message>
    <message>
        <source>nothing was imported: %1, line %2: %3</source>
        <extracomment>%1 is the file, %2 a line number, %3 why that line is refused</extracomment>
        <translation>nothing was imported: %1, line %2: %3</translation>
    </message>
    <message>
        <source>Skipped line %1: %2, %3.</source>
        <extracomment>%1 is a line number, %2 the address, %3 why it is skipped (&quot;already watched as …&quot;, &quot;repeats line 2&quot;)</extracomment>
        <translation>Skipped line %1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <source>it has no list of addresses</source>
        <translation>it has no list of addresses</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were unusable (%1)</source>
        <extracomment>%n is a count, %1 the reasons joined by &quot;; &quot;</extracomment>
        <translation>
            <numerusform>%n entry was unusable (%1)</numerusform>
            <numerusform>%n entries were unusable (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch list could not be loaded and starts empty. %1</source>
        <translation>The watch list could not be loaded and starts empty. %1</translation>
    </message>
    <message numerus="yes">
        <source>Some watched addresses could not be loaded; %n others were kept. %1</source>
        <translation>
            <numerusform>Some watched addresses could not be loaded; %n other was kept. %1</numerusform>
            <numerusform>Some watched addresses could not be loaded; %n others were kept. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
    <message>
        <source>Enter an address.</source>
        <translation>Enter an address.</translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation>Choose at least one chain.</translation>
    </message>
    <message>
        <source>“%1” is not a chain index (a number such as 1 or 56).</source>
        <translation>“%1” is not a chain index (a number such as 1 or 56).</translation>
    </message>
    <message>
        <source>%1 is already in the watch list (as “%2”).</source>
        <extracomment>%1 is the address, %2 the label or address it is already listed under</extracomment>
        <translation>%1 is already in the watch list (as “%2”).</translation>
    </message>
    <message>
        <source>There is no watched address number %1.</source>
        <translation>There is no watched address number %1.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
</context>
<context>
    <name>WatchListActions</name>
    <message>
        <source>Add Address</source>
        <translation>Add Address</translation>
    </message>
    <message>
        <source>Edit Address</source>
        <translation>Edit Address</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Removed %1 from the watch list.</source>
        <extracomment>%1 is the removed address&apos;s label (or the address).</extracomment>
        <translation>Removed %1 from the watch list.</translation>
    </message>
    <message>
        <source>Watch list not saved</source>
        <translation>Watch list not saved</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1

Free some space and try again, or quit and lose the changes made since it was last saved.</source>
        <extracomment>%1 says why, e.g. &quot;Cannot write …/watchlist.json: No space left on device.&quot;</extracomment>
        <translation>The watch list could not be saved: %1

Free some space and try again, or quit and lose the changes made since it was last saved.</translation>
    </message>
    <message>
        <source>Add Addresses</source>
        <translation>Add Addresses</translation>
    </message>
</context>
<context>
    <name>WatchListCsv</name>
    <message>
        <source>the file is larger than %L1 MiB, far more than a watch list takes</source>
        <extracomment>%L1 is a size in MiB</extracomment>
        <translation>the file is larger than %L1 MiB, far more than a watch list takes</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>the first line must be the header address,chains,label</source>
        <extracomment>Keep the header as it is: it is the file&apos;s machine-readable first line</extracomment>
        <translation>the first line must be the header address,chains,label</translation>
    </message>
    <message>
        <source>more than %1 addresses in one file</source>
        <extracomment>%1 is the most addresses read from one file</extracomment>
        <translation>more than %1 addresses in one file</translation>
    </message>
    <message>
        <source>expected 3 fields (address,chains,label), found %1</source>
        <extracomment>%1 is the number of fields on the line</extracomment>
        <translation>expected 3 fields (address,chains,label), found %1</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <extracomment>%1 is a number of characters</extracomment>
        <translation>the label is longer than %1 characters</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason</extracomment>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>WatchListFileActions</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <extracomment>File type filter of the file dialogs; keep the patterns</extracomment>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Import Watch List</source>
        <translation>Import Watch List</translation>
    </message>
    <message>
        <source>Nothing was imported: %1, line %2: %3</source>
        <extracomment>%1 is the file, %2 a line number, %3 why that line is refused</extracomment>
        <translation>Nothing was imported: %1, line %2: %3</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <extracomment>%1 is the file, %2 what was added and skipped</extracomment>
        <translation>Imported %1: %2</translation>
    </message>
    <message>
        <source>Export Watch List</source>
        <translation>Export Watch List</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n watched address(es) to %1</source>
        <extracomment>%n is the number of addresses, %1 the file</extracomment>
        <translation>
            <numerusform>Exported %n watched address to %1</numerusform>
            <numerusform>Exported %n watched addresses to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchNotifier</name>
    <message>
        <source>%1: %2 since the previous refresh</source>
        <extracomment>Notification title. %1 is an address&apos;s label, %2 a signed USD change such as +$1,250.00</extracomment>
        <translation>%1: %2 since the previous refresh</translation>
    </message>
    <message>
        <source>Worth %1 now, %2 before.</source>
        <extracomment>Notification text. %1 and %2 are USD amounts</extracomment>
        <translation>Worth %1 now, %2 before.</translation>
    </message>
    <message>
        <source>Worth %1 now, %2 before (%3).</source>
        <extracomment>Notification text. %1 and %2 are USD amounts, %3 the change as a percentage of %2, e.g. 12.5 %</extracomment>
        <translation>Worth %1 now, %2 before (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new token(s)</source>
        <extracomment>Notification title. %1 is an address&apos;s label</extracomment>
        <translation>
            <numerusform>%1: %n new token</numerusform>
            <numerusform>%1: %n new tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <extracomment>After the list of new tokens in a notification</extracomment>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 on %3, which you marked as spam.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name</extracomment>
        <translation>%1 %2 on %3, which you marked as spam.</translation>
    </message>
    <message>
        <source>%1 %2 on %3: OKX flags it as risky; you trust it.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name</extracomment>
        <translation>%1 %2 on %3: OKX flags it as risky; you trust it.</translation>
    </message>
    <message>
        <source>%1 %2 on %3: OKX flags it as risky. Unasked-for airdrops are often scams: do not trade or approve it.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name</extracomment>
        <translation>%1 %2 on %3: OKX flags it as risky. Unasked-for airdrops are often scams: do not trade or approve it.</translation>
    </message>
    <message>
        <source>%1 %2 on %3 (%4): not flagged by OKX as risky.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name, %4 its USD value</extracomment>
        <translation>%1 %2 on %3 (%4): not flagged by OKX as risky.</translation>
    </message>
    <message>
        <source>Refreshes are failing</source>
        <extracomment>Notification title</extracomment>
        <translation>Refreshes are failing</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be refreshed for %n minute(s) or more.</source>
        <extracomment>Notification text. %1 lists address labels; %n is a number of minutes; the reason follows</extracomment>
        <translation>
            <numerusform>%1 could not be refreshed for %n minute or more.</numerusform>
            <numerusform>%1 could not be refreshed for %n minutes or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchedAddress</name>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>an entry is not a JSON object</translation>
    </message>
    <message>
        <source>an entry has no address</source>
        <translation>an entry has no address</translation>
    </message>
    <message>
        <source>the label of %1 is not text</source>
        <translation>the label of %1 is not text</translation>
    </message>
    <message>
        <source>the chains of %1 are not a list</source>
        <translation>the chains of %1 are not a list</translation>
    </message>
    <message>
        <source>a chain of %1 is not a chain index</source>
        <translation>a chain of %1 is not a chain index</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>cannot open the window: %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>cannot open the window: %1: %2</translation>
    </message>
</context>
</TS>
