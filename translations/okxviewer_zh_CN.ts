<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About OKX Wallet Viewer</source>
        <translation>关于 OKX 钱包查看器</translation>
    </message>
    <message>
        <source>(the built-in demo server on this computer)</source>
        <translation>（本机上的内置演示服务器）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OKX Wallet Viewer %1&lt;/h3&gt;&lt;p&gt;Shows the holdings of wallet addresses through the OKX Web3 Balance API.&lt;/p&gt;&lt;p&gt;The only host this app talks to is the configured API server:&lt;br/&gt;&lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;&lt;p&gt;No telemetry: nothing else is sent anywhere.&lt;/p&gt;&lt;p&gt;Free software under the MIT licence, built with Qt %4 (LGPL v3). Help → User Guide (%5) explains every menu and shows the licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OKX 钱包查看器 %1&lt;/h3&gt;&lt;p&gt;通过 OKX Web3 余额 API 查看钱包地址的持仓。&lt;/p&gt;&lt;p&gt;本应用只与配置的 API 服务器通信：&lt;br/&gt;&lt;b&gt;%2&lt;/b&gt;%3&lt;/p&gt;&lt;p&gt;无遥测：不向任何其他地方发送数据。&lt;/p&gt;&lt;p&gt;本软件为自由软件，以 MIT 许可证发布，基于 Qt %4（LGPL v3）构建。“帮助 → 用户指南”（%5）介绍每个菜单并附有许可证全文。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AddressBatch</name>
    <message>
        <source>already watched as “%1”</source>
        <extracomment>%1 is the label (or the address) the address is watched under</extracomment>
        <translation>已作为“%1”关注</translation>
    </message>
    <message>
        <source>repeats line %1</source>
        <extracomment>%1 is the number of the line that has the same address</extracomment>
        <translation>与第 %1 行重复</translation>
    </message>
    <message numerus="yes">
        <source>Addresses added: %n.</source>
        <extracomment>%n is a count</extracomment>
        <translation>
            <numerusform>已添加地址：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped as already watched or repeated: %n.</source>
        <extracomment>%n is a count</extracomment>
        <translation>
            <numerusform>因已关注或重复而跳过：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lines refused: %n.</source>
        <extracomment>%n is a count</extracomment>
        <translation>
            <numerusform>被拒绝的行：%n 行。</numerusform>
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
            <numerusform>%1（%n 条链）</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Watched Addresses</source>
        <translation>批量添加关注地址</translation>
    </message>
    <message>
        <source>Paste addresses, one a line. A label may follow a comma or a tab. Each address is watched on every chain of its kind (EVM, Solana, Tron or Bitcoin).</source>
        <translation>粘贴地址，每行一个。地址后可用逗号或制表符隔开并附上标签。每个地址都会在同类的所有链上关注（EVM、Solana、Tron 或 Bitcoin）。</translation>
    </message>
    <message>
        <source>0xEd0C6079229E2d407672a117c22b62064f4a4312, Cold wallet
TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t</source>
        <extracomment>An example of the pasted list&apos;s form; keep the addresses as they are</extracomment>
        <translation>0xEd0C6079229E2d407672a117c22b62064f4a4312, 冷钱包
TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t</translation>
    </message>
    <message>
        <source>Line</source>
        <extracomment>Column titles of the preview of pasted addresses</extracomment>
        <translation>行</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Chains</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>To add</source>
        <extracomment>Status of a pasted line that will be added</extracomment>
        <translation>待添加</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <extracomment>Status of a pasted line that is not added; %1 says why (&quot;already watched as …&quot;, &quot;repeats line 2&quot;)</extracomment>
        <translation>跳过：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <extracomment>Status of a pasted line that cannot be added; %1 is the reason</extracomment>
        <translation>拒绝：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) to add</source>
        <extracomment>Summary of the preview; the parts after the first are left out when zero</extracomment>
        <translation>
            <numerusform>待添加 %n 个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>，跳过 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>，拒绝 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n Address(es)</source>
        <translation>
            <numerusform>添加 %n 个地址</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCommand</name>
    <message>
        <source>OKX does not list it as supported</source>
        <translation>OKX 未将其列为受支持的链</translation>
    </message>
    <message>
        <source>it is not in the built-in chain table and OKX&apos;s chain list could not be fetched (%1)</source>
        <translation>它不在内置链表中，且无法获取 OKX 的链列表（%1）</translation>
    </message>
    <message>
        <source>unknown chain %1: %2</source>
        <extracomment>%1 is one or more chain indexes, %2 the reason</extracomment>
        <translation>未知的链 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a watched address, %2 what went wrong with it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the USD/CNY rate could not be fetched from %1: %2</source>
        <extracomment>%1 is the rate&apos;s host, %2 why it failed</extracomment>
        <translation>无法从 %1 获取美元/人民币汇率：%2</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chain in the chain list: %1 its name, %2 its OKX chain index</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Edit Watched Address</source>
        <translation>编辑关注地址</translation>
    </message>
    <message>
        <source>Add Watched Address</source>
        <translation>添加关注地址</translation>
    </message>
    <message>
        <source>0x…, a Solana, Tron or Bitcoin address</source>
        <translation>0x…，或 Solana、Tron、比特币地址</translation>
    </message>
    <message>
        <source>Optional, e.g. “Cold wallet”</source>
        <translation>可选，例如“冷钱包”</translation>
    </message>
    <message>
        <source>All EVM chains</source>
        <translation>所有 EVM 链</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Unchecks every chain</extracomment>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Filter chains</source>
        <translation>筛选链</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Chains:</source>
        <translation>链(&amp;C)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s) selected</source>
        <translation>
            <numerusform>已选择 %n 条链</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own addresses take the place of the demo portfolios: once you add this one, the demo ends, and your addresses are fetched with your OKX API key.</source>
        <translation>您自己的地址将取代演示投资组合：添加此地址后，演示即结束，并将使用您的 OKX API 密钥获取您的地址。</translation>
    </message>
</context>
<context>
    <name>AddressListModel</name>
    <message>
        <source>Fetched %1</source>
        <translation>获取于 %1</translation>
    </message>
    <message>
        <source>The latest refresh failed: %1</source>
        <translation>最近一次刷新失败：%1</translation>
    </message>
    <message>
        <source>All addresses</source>
        <translation>所有地址</translation>
    </message>
    <message>
        <source>The holdings of every watched address together</source>
        <translation>所有关注地址的资产合计</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n 个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact total: %1</source>
        <extracomment>In the tooltip of an address (or of all addresses) in the sidebar; %1 is a USD amount with every decimal.</extracomment>
        <translation>精确总额：%1</translation>
    </message>
</context>
<context>
    <name>AddressSidebar</name>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open in Explorer</source>
        <translation>在区块浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <source>No web browser could open %1.</source>
        <translation>没有网页浏览器能够打开 %1。</translation>
    </message>
    <message>
        <source>Re&amp;fresh This Address</source>
        <translation>刷新此地址(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AddressValidator</name>
    <message>
        <source>The address is empty.</source>
        <translation>地址为空。</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 address: %3</source>
        <extracomment>%1 is the address, %2 the address format (EVM, Solana …), %3 what is wrong</extracomment>
        <translation>%1 不是有效的 %2 地址：%3</translation>
    </message>
    <message>
        <source>a bech32 address must not mix upper and lower case</source>
        <translation>bech32 地址不能混用大小写</translation>
    </message>
    <message>
        <source>a bech32 address is bc1 followed by 11 to 87 characters</source>
        <translation>bech32 地址应为 bc1 后跟 11 至 87 个字符</translation>
    </message>
    <message>
        <source>“%1” is not a bech32 character</source>
        <translation>“%1”不是 bech32 字符</translation>
    </message>
    <message>
        <source>the witness program is invalid</source>
        <translation>见证程序无效</translation>
    </message>
    <message>
        <source>expected bc1… (bech32), or 1… or 3… (base58 with no 0, O, I or l)</source>
        <translation>应为 bc1…（bech32），或 1…、3…（不含 0、O、I 或 l 的 base58）</translation>
    </message>
    <message>
        <source>the checksum does not match, so a character is mistyped</source>
        <translation>校验和不匹配，有字符输错了</translation>
    </message>
    <message>
        <source>“%1” is not a base58 character (base58 has no 0, O, I or l)</source>
        <extracomment>%1 is a character of the address</extracomment>
        <translation>“%1”不是 base58 字符（base58 不含 0、O、I 和 l）</translation>
    </message>
    <message>
        <source>an EVM address starts with 0x (zero and a lower-case x)</source>
        <translation>EVM 地址以 0x（数字零和小写 x）开头</translation>
    </message>
    <message>
        <source>“%1” is not a hexadecimal digit</source>
        <extracomment>%1 is a character of the address</extracomment>
        <translation>“%1”不是十六进制数字</translation>
    </message>
    <message>
        <source>an EVM address has 40 hexadecimal digits after 0x; this one has %1</source>
        <extracomment>%1 is the number of digits entered after 0x</extracomment>
        <translation>EVM 地址在 0x 之后有 40 位十六进制数字；此地址有 %1 位</translation>
    </message>
    <message>
        <source>a Solana address has 32 to 44 base58 characters; this one has %1</source>
        <extracomment>%1 is the number of characters entered</extracomment>
        <translation>Solana 地址有 32 到 44 个 base58 字符；此地址有 %1 个</translation>
    </message>
    <message>
        <source>a Solana address is 32 bytes in base58; this one is %1</source>
        <extracomment>%1 is the number of bytes the address&apos;s characters stand for</extracomment>
        <translation>Solana 地址是 32 字节的 base58 编码；此地址为 %1 字节</translation>
    </message>
    <message>
        <source>a Tron address starts with T</source>
        <translation>波场（Tron）地址以 T 开头</translation>
    </message>
    <message>
        <source>a Tron address is T followed by 33 base58 characters; this one has %1 after T</source>
        <extracomment>%1 is the number of characters entered after the T</extracomment>
        <translation>波场（Tron）地址是 T 加 33 个 base58 字符；此地址在 T 之后有 %1 个</translation>
    </message>
    <message>
        <source>a Bitcoin address that starts with 1 or 3 has 26 to 35 base58 characters; this one has %1</source>
        <extracomment>%1 is the number of characters entered</extracomment>
        <translation>以 1 或 3 开头的比特币地址有 26 到 35 个 base58 字符；此地址有 %1 个</translation>
    </message>
    <message>
        <source>a Bitcoin address that starts with 1 or 3 is 25 bytes in base58; this one is %1</source>
        <extracomment>%1 is the number of bytes the address&apos;s characters stand for</extracomment>
        <translation>以 1 或 3 开头的比特币地址是 25 字节的 base58 编码；此地址为 %1 字节</translation>
    </message>
    <message>
        <source>it is a valid %1 address</source>
        <extracomment>%1 is a family of address formats: EVM, Solana, Tron or Bitcoin</extracomment>
        <translation>它是有效的 %1 地址</translation>
    </message>
    <message>
        <source>“%1” is not an EVM, Solana, Tron or Bitcoin address</source>
        <extracomment>%1 is the text entered as an address</extracomment>
        <translation>“%1”不是 EVM、Solana、Tron 或比特币地址</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <extracomment>%1 is the text given as an address, %2 what is wrong with it</extracomment>
        <translation>“%1”不是有效地址：%2</translation>
    </message>
    <message>
        <source>“%1” is never part of an address</source>
        <extracomment>%1 is a character of the address (a space shows as “ ”)</extracomment>
        <translation>地址中不会出现“%1”</translation>
    </message>
    <message>
        <source>an address has 26 to 100 characters; this one has %1</source>
        <extracomment>%1 is the address&apos;s length</extracomment>
        <translation>地址应为 26 到 100 个字符，此地址有 %1 个</translation>
    </message>
    <message>
        <source>its mixed letter case fails the EIP-55 checksum, so a character is mistyped</source>
        <translation>大小写混写未通过 EIP-55 校验，有字符输错了</translation>
    </message>
    <message>
        <source>it has %1 characters, and the shortest addresses (Bitcoin&apos;s) have 26</source>
        <extracomment>%1 is the length of the text entered as an address</extracomment>
        <translation>长度为 %1 个字符，而最短的地址（比特币地址）也有 26 个字符</translation>
    </message>
    <message>
        <source>“%1” is not an EVM, Solana, Tron or Bitcoin address: %2</source>
        <extracomment>%1 is the text entered as an address, %2 what is wrong with it</extracomment>
        <translation>“%1”不是 EVM、Solana、Tron 或 Bitcoin 地址：%2</translation>
    </message>
    <message>
        <source>For the %2 chains: %1</source>
        <extracomment>%1 is the reason the address is invalid, %2 a family of address formats: EVM, Solana, Tron or Bitcoin</extracomment>
        <translation>对于 %2 链：%1</translation>
    </message>
    <message>
        <source>For %2 (chain %3): %1</source>
        <extracomment>%1 is the reason the address is invalid, %2 a chain name, %3 its chain index</extracomment>
        <translation>对于 %2（链编号 %3）：%1</translation>
    </message>
</context>
<context>
    <name>AllocationBuilder</name>
    <message>
        <source>Other</source>
        <extracomment>The pie slice that gathers every holding outside the largest ones.</extracomment>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>AllocationChartView</name>
    <message>
        <source>Total</source>
        <extracomment>In the middle of the allocation chart, above the total value.</extracomment>
        <translation>总计</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>资产分布</translation>
    </message>
    <message>
        <source>Token</source>
        <extracomment>Chart grouping buttons: group holdings by token / by chain / by address.</extracomment>
        <translation>代币</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Group by token</source>
        <translation>按代币分组</translation>
    </message>
    <message>
        <source>Group by chain</source>
        <translation>按链分组</translation>
    </message>
    <message>
        <source>Group by address</source>
        <translation>按地址分组</translation>
    </message>
    <message>
        <source>Nothing to chart: no priced holdings outside risk tokens in this view.</source>
        <translation>无可绘制内容：当前视图中除风险代币外没有有价格的资产。</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <extracomment>In the tooltip of an allocation chart&apos;s legend row; %1 is a USD amount with every decimal.</extracomment>
        <translation>精确价值：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) on every chain and address together</source>
        <extracomment>In the tooltip of a token&apos;s legend row: the slice adds up that many table rows.</extracomment>
        <translation>
            <numerusform>所有链和地址上的 %n 笔持仓合计</numerusform>
        </translation>
    </message>
    <message>
        <source>A token&apos;s slice adds up its holdings on every chain and address; the table&apos;s share is per row.</source>
        <translation>代币扇区合计该代币在所有链和地址上的持仓；表格中的占比按行计算。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>OKX did not receive the API key (%1). Enter the API key.</source>
        <translation>OKX 未收到 API 密钥（%1）。请输入 API 密钥。</translation>
    </message>
    <message>
        <source>OKX did not receive the passphrase (%1). Enter the passphrase.</source>
        <translation>OKX 未收到口令（%1）。请输入口令。</translation>
    </message>
    <message>
        <source>OKX rejected the passphrase (%1). Check the passphrase.</source>
        <translation>OKX 拒绝了口令（%1）。请检查口令。</translation>
    </message>
    <message>
        <source>OKX does not recognise the API key (%1). Check the API key.</source>
        <translation>OKX 无法识别该 API 密钥（%1）。请检查 API 密钥。</translation>
    </message>
    <message>
        <source>OKX rejected the request time (%1). Check that this computer&apos;s clock is correct.</source>
        <translation>OKX 拒绝了请求时间（%1）。请检查本机时钟是否准确。</translation>
    </message>
    <message>
        <source>OKX rejected the request signature (%1). Check the secret key.</source>
        <translation>OKX 拒绝了请求签名（%1）。请检查 Secret Key（API 密钥的签名密钥）。</translation>
    </message>
    <message>
        <source>Could not connect to the server: %1</source>
        <extracomment>%1 is the network layer&apos;s reason, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s.</source>
        <translation>服务器在 %1 秒内未响应。</translation>
    </message>
    <message>
        <source>The server did not answer within %1 ms.</source>
        <translation>服务器在 %1 毫秒内未响应。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>服务器返回 HTTP 状态码 %1。</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 (%2).</source>
        <extracomment>%1 is an HTTP status code, %2 its reason phrase</extracomment>
        <translation>服务器返回 HTTP 状态码 %1（%2）。</translation>
    </message>
    <message>
        <source>OKX error %1.</source>
        <translation>OKX 错误 %1。</translation>
    </message>
    <message>
        <source>OKX error %1: %2</source>
        <extracomment>%1 is OKX&apos;s error code, %2 OKX&apos;s own explanation (usually English)</extracomment>
        <translation>OKX 错误 %1：%2</translation>
    </message>
    <message>
        <source>OKX rate limit reached; try again in a moment.</source>
        <translation>已达到 OKX 请求频率上限，请稍后重试。</translation>
    </message>
    <message>
        <source>The server sent a malformed reply: %1</source>
        <extracomment>%1 says what is wrong, e.g. &quot;tokenAssets[3].balance is not a string&quot;</extracomment>
        <translation>服务器返回了格式错误的响应：%1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>AssetAmounts</name>
    <message>
        <source>it is negative</source>
        <translation>它是负数</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>(no symbol)</source>
        <extracomment>Shown for a token whose symbol the API left empty.</extracomment>
        <translation>（无符号）</translation>
    </message>
    <message>
        <source>Native coin</source>
        <extracomment>The Contract cell of a chain&apos;s own coin (ETH on Ethereum …), which has no token contract.</extracomment>
        <translation>原生币</translation>
    </message>
    <message>
        <source>Exact balance: %1 %2</source>
        <translation>精确余额：%1 %2</translation>
    </message>
    <message>
        <source>Base units: %1</source>
        <translation>最小单位数量：%1</translation>
    </message>
    <message>
        <source>OKX has no price for this token: it is left out of the total, not counted as worthless.</source>
        <translation>OKX 没有此代币的价格：它不计入总额，但不视为毫无价值。</translation>
    </message>
    <message>
        <source>Share of the total of the priced, non-risk holdings shown</source>
        <translation>占所显示的有价格、非风险资产总额的比例</translation>
    </message>
    <message>
        <source>The native coin of %1</source>
        <translation>%1 的原生币</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>代币</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>Column header: the row&apos;s percentage of the total value.</extracomment>
        <translation>占比</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合约</translation>
    </message>
    <message>
        <source>%1 (chain index %2)</source>
        <extracomment>%1 is a chain name, %2 its OKX chain index.</extracomment>
        <translation>%1（链编号 %2）</translation>
    </message>
    <message>
        <source>Change in value since the previous refresh</source>
        <translation>自上次刷新以来的价值变化</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Change column of a token that was not held at the previous refresh.</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>New since the previous refresh: %1 %2</source>
        <translation>自上次刷新以来新增：%1 %2</translation>
    </message>
    <message>
        <source>Since the previous refresh: balance %1 %2, value %3</source>
        <extracomment>%1 is a signed balance change with %2 the token symbol, %3 a signed USD change.</extracomment>
        <translation>自上次刷新以来：余额 %1 %2，价值 %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a token symbol, %2 the user&apos;s verdict on it, such as &quot;spam — marked by you&quot;.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>spam — marked by you</source>
        <extracomment>The user&apos;s own verdict on a token, told apart from OKX&apos;s flag (&quot;risk — flagged by OKX&quot;).</extracomment>
        <translation>垃圾代币 — 由您标记</translation>
    </message>
    <message>
        <source>flagged by OKX — trusted by you</source>
        <extracomment>A token OKX flags as risky that the user chose to trust, or (without OKX&apos;s flag) trusted only.</extracomment>
        <translation>被 OKX 标记 — 您已信任</translation>
    </message>
    <message>
        <source>trusted by you</source>
        <translation>您已信任</translation>
    </message>
    <message>
        <source>risk — flagged by OKX</source>
        <extracomment>OKX&apos;s own flag on a token, told apart from the user&apos;s verdict (&quot;spam — marked by you&quot;).</extracomment>
        <translation>风险 — 被 OKX 标记</translation>
    </message>
    <message>
        <source>OKX flags this token as a risky airdrop or honeypot token.</source>
        <translation>OKX 将此代币标记为风险空投或貔貅盘代币。</translation>
    </message>
    <message>
        <source>You marked this token as spam; OKX flags it as risky too.</source>
        <translation>您已将此代币标记为垃圾代币；OKX 也将其标记为有风险。</translation>
    </message>
    <message>
        <source>You marked this token as spam.</source>
        <translation>您已将此代币标记为垃圾代币。</translation>
    </message>
    <message>
        <source>OKX flags this token as a risky airdrop or honeypot token, and you chose to trust it.</source>
        <translation>OKX 将此代币标记为风险空投或貔貅盘代币，而您选择了信任它。</translation>
    </message>
    <message>
        <source>You chose to trust this token.</source>
        <translation>您选择了信任此代币。</translation>
    </message>
    <message>
        <source>It is left out of totals, shares and the chart.</source>
        <translation>它不计入总额、占比和图表。</translation>
    </message>
    <message>
        <source>It counts in totals, shares and the chart.</source>
        <translation>它计入总额、占比和图表。</translation>
    </message>
    <message>
        <source>%1
%2 %3</source>
        <extracomment>%1 is the token&apos;s status, such as &quot;risk — flagged by OKX&quot;; %2 and %3 explain it.</extracomment>
        <translation>%1
%2%3</translation>
    </message>
    <message>
        <source>Your verdicts are listed under View → Token Verdicts….</source>
        <extracomment>Where the user&apos;s verdicts on tokens are listed (and can be taken back): the View menu&apos;s entry.</extracomment>
        <translation>您的判定列在“视图 → 代币判定…”中。</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <extracomment>%1 is a value with every decimal in the currency shown.</extracomment>
        <translation>精确价值：%1</translation>
    </message>
    <message>
        <source>In the other currency: %1</source>
        <extracomment>%1 is the same value in the other currency (USD, or CNY at OKX&apos;s rate).</extracomment>
        <translation>另一币种：%1</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <extracomment>Column header; %1 is the currency values are shown in, USD or CNY.</extracomment>
        <translation>价格（%1）</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <extracomment>Column header; %1 is the currency values are shown in, USD or CNY.</extracomment>
        <translation>价值（%1）</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <extracomment>Column header: how the value changed since the previous refresh; %1 is the currency, USD or CNY.</extracomment>
        <translation>变化（%1）</translation>
    </message>
    <message>
        <source>Exact price: %1</source>
        <extracomment>%1 is the price with every decimal, in the currency shown.</extracomment>
        <translation>精确价格：%1</translation>
    </message>
</context>
<context>
    <name>BalanceClient</name>
    <message>
        <source>Enter the OKX API key, secret key and passphrase first.</source>
        <translation>请先输入 OKX API 密钥、Secret Key 和口令。</translation>
    </message>
    <message>
        <source>No wallet address was given.</source>
        <translation>未提供钱包地址。</translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation>请至少选择一条链。</translation>
    </message>
    <message>
        <source>Choose at least one token.</source>
        <translation>请至少选择一个代币。</translation>
    </message>
    <message>
        <source>The wallet API (wallet-v5) needs a project ID (OK-ACCESS-PROJECT).</source>
        <translation>钱包 API（wallet-v5）需要项目 ID（OK-ACCESS-PROJECT）。</translation>
    </message>
</context>
<context>
    <name>BalanceParser</name>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 不是字符串</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 不是 true 或 false</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a field such as tokenAssets[3].balance, %2 why its text is not a usable number</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>the reply is larger than 32 MB</source>
        <translation>响应大于 32 MB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <extracomment>%1 is the JSON parser&apos;s reason, %2 a byte offset</extracomment>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>响应不是 JSON 对象</translation>
    </message>
    <message>
        <source>code is missing</source>
        <translation>缺少 code</translation>
    </message>
    <message>
        <source>code is neither a string nor an integer</source>
        <translation>code 既不是字符串也不是整数</translation>
    </message>
    <message>
        <source>msg is missing</source>
        <translation>缺少 msg</translation>
    </message>
    <message>
        <source>msg is not a string</source>
        <translation>msg 不是字符串</translation>
    </message>
    <message>
        <source>data is missing</source>
        <translation>缺少 data</translation>
    </message>
    <message>
        <source>data is not an array</source>
        <translation>data 不是数组</translation>
    </message>
    <message>
        <source>data is empty</source>
        <translation>data 为空</translation>
    </message>
    <message>
        <source>data has %1 entries instead of one</source>
        <translation>data 有 %1 项，而不是一项</translation>
    </message>
    <message>
        <source>data[0] is not an object</source>
        <translation>data[0] 不是对象</translation>
    </message>
    <message>
        <source>tokenAssets[%1] is not an object</source>
        <translation>tokenAssets[%1] 不是对象</translation>
    </message>
    <message>
        <source>data[%1] is not an object</source>
        <translation>data[%1] 不是对象</translation>
    </message>
    <message>
        <source>data[0].tokenAssets is missing</source>
        <translation>缺少 data[0].tokenAssets</translation>
    </message>
    <message>
        <source>data[0].tokenAssets is not an array</source>
        <translation>data[0].tokenAssets 不是数组</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <extracomment>%1 is the JSON parser&apos;s reason (in English)</extracomment>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>data[%1].chainIndex is empty</source>
        <translation>data[%1].chainIndex 为空</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>该文档不是 JSON 对象</translation>
    </message>
    <message>
        <source>tokenAssets is missing</source>
        <translation>缺少 tokenAssets</translation>
    </message>
    <message>
        <source>tokenAssets is not an array</source>
        <translation>tokenAssets 不是数组</translation>
    </message>
</context>
<context>
    <name>ChainListCache</name>
    <message>
        <source>its fields are missing or of the wrong type</source>
        <translation>其字段缺失或类型错误</translation>
    </message>
    <message>
        <source>The saved list of OKX&apos;s supported chains was unusable and has been dropped; it will be fetched again when needed. %1</source>
        <extracomment>%1 is the file&apos;s problem</extracomment>
        <translation>已保存的 OKX 支持链列表无法使用，已被丢弃；需要时将重新获取。%1</translation>
    </message>
</context>
<context>
    <name>ChainsCommand</name>
    <message>
        <source>INDEX</source>
        <extracomment>Column titles of the chain table</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>SHORT NAME</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>ADDRESS FORMAT</source>
        <translation>地址格式</translation>
    </message>
</context>
<context>
    <name>CliOptionSet</name>
    <message>
        <source>Use the built-in demo server and its demo credentials.</source>
        <translation>使用内置演示服务器及其演示凭据。</translation>
    </message>
    <message>
        <source>The API host (default: the saved setting, else https://web3.okx.com).</source>
        <translation>API 主机（默认：已保存的设置，否则为 https://web3.okx.com）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>family</source>
        <translation>系列</translation>
    </message>
    <message>
        <source>Seconds to wait for each request (default: the saved setting, else 20).</source>
        <translation>每个请求的等待秒数（默认：已保存的设置，否则为 20）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Requests per second at most (default: the saved setting, else 1; %1 with --demo; 0: no limit).</source>
        <translation>每秒最多请求数（默认：已保存的设置，否则为 1；使用 --demo 时为 %1；0 表示不限制）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Retries after a rate limit, server error or timeout (default 2).</source>
        <translation>遇到频率限制、服务器错误或超时后的重试次数（默认 2）。</translation>
    </message>
    <message>
        <source>The wallet address.</source>
        <translation>钱包地址。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Comma-separated chain indexes, e.g. 1,56,501.</source>
        <translation>以逗号分隔的链编号，例如 1,56,501。</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Keep tokens OKX flags as risky (airdrop scams, honeypots).</source>
        <translation>保留 OKX 标记为风险的代币（空投诈骗、貔貅盘）。</translation>
    </message>
    <message>
        <source>Write the CSV to this file (atomically) instead of stdout.</source>
        <translation>将 CSV 写入此文件（原子写入），而不是标准输出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Export every address of the watch list, each on its own chains, instead of --address and --chains.</source>
        <translation>导出关注列表中的每个地址（各自使用其链），代替 --address 和 --chains。</translation>
    </message>
    <message>
        <source>A name for the address, shown instead of it.</source>
        <translation>地址的名称，显示时代替地址本身。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be combined</source>
        <translation>--demo 与 --base-url 不能同时使用</translation>
    </message>
    <message>
        <source>--base-url needs an http or https URL such as https://web3.okx.com</source>
        <translation>--base-url 需要 http 或 https 网址，例如 https://web3.okx.com</translation>
    </message>
    <message>
        <source>--api must be v5, v6 or wallet</source>
        <translation>--api 必须为 v5、v6 或 wallet</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 3600</source>
        <translation>--timeout 需要 0 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>--retries needs a whole number from 0 to %1</source>
        <translation>--retries 需要 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output 需要文件名</translation>
    </message>
    <message>
        <source>--all takes no --address or --chains: each watched address is exported on its own chains</source>
        <translation>--all 不能与 --address 或 --chains 同用：每个关注地址都按其自己的链导出</translation>
    </message>
    <message>
        <source>%1 needs --address and --chains, or --all</source>
        <extracomment>%1 is the command, export or total</extracomment>
        <translation>%1 需要 --address 和 --chains，或 --all</translation>
    </message>
    <message>
        <source>%1 needs --address and --chains</source>
        <translation>%1 需要 --address 和 --chains</translation>
    </message>
    <message>
        <source>watch add needs --chains, e.g. --chains 1,56</source>
        <translation>watch add 需要 --chains，例如 --chains 1,56</translation>
    </message>
    <message>
        <source>“%1” is not a chain index: expected numbers such as 1,56,501</source>
        <translation>“%1”不是链编号：应为 1,56,501 这样的数字</translation>
    </message>
    <message>
        <source>--chains names no chain</source>
        <translation>--chains 没有指定任何链</translation>
    </message>
    <message>
        <source>--rps needs 0 (no limit) or a number of requests per second from %1 to %2</source>
        <extracomment>%1 and %2 are the lowest and highest rate</extracomment>
        <translation>--rps 需要 0（不限速）或 %1 到 %2 之间的每秒请求数</translation>
    </message>
    <message>
        <source>The API path family: v5, v6 or wallet (default: the saved setting, else v6).</source>
        <translation>API 路径系列：v5、v6 或 wallet（默认：已保存的设置，否则为 v6）。</translation>
    </message>
    <message>
        <source>Append a verdict column: spam or trusted where you gave the token a verdict in the window.</source>
        <translation>追加 verdict 列：若您曾在窗口中对该代币作出判定，则填入 spam 或 trusted。</translation>
    </message>
    <message>
        <source>Export the holdings last recorded at or before this time (ISO 8601, as for history --since) instead of fetching them.</source>
        <translation>导出在此时间或之前最后记录的持仓（ISO 8601 格式，同 history --since），而不是重新获取。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Only records at or after this time: ISO 8601 such as 2024-05-01 or 2024-05-01T12:00:00Z (UTC unless an offset is given).</source>
        <translation>仅限此时间或之后的记录：ISO 8601 格式，例如 2024-05-01 或 2024-05-01T12:00:00Z（未指定时区偏移时按 UTC）。</translation>
    </message>
    <message>
        <source>Only records at or before this time (ISO 8601, as --since).</source>
        <translation>仅限此时间或之前的记录（ISO 8601 格式，同 --since）。</translation>
    </message>
    <message>
        <source>Write every recorded token row (the export&apos;s columns after the time) instead of the totals.</source>
        <translation>输出每一条已记录的代币行（时间之后为 export 的各列），而不是总额。</translation>
    </message>
    <message>
        <source>--at exports the chains recorded: it takes no --chains</source>
        <translation>--at 导出记录中的链：不接受 --chains</translation>
    </message>
    <message>
        <source>export --at needs --address or --all</source>
        <translation>export --at 需要 --address 或 --all</translation>
    </message>
    <message>
        <source>--address needs an address</source>
        <translation>--address 需要一个地址</translation>
    </message>
    <message>
        <source>--since is later than --until</source>
        <translation>--since 晚于 --until</translation>
    </message>
    <message>
        <source>--include-risk goes with --holdings: totals never count risk tokens</source>
        <translation>--include-risk 需与 --holdings 一起使用：总额从不计入风险代币</translation>
    </message>
    <message>
        <source>--%1 needs an ISO 8601 date or time such as 2024-05-01 or 2024-05-01T12:00:00Z, not “%2”</source>
        <extracomment>%1 is an option name, %2 the value given</extracomment>
        <translation>--%1 需要 ISO 8601 格式的日期或时间，例如 2024-05-01 或 2024-05-01T12:00:00Z，而不是“%2”</translation>
    </message>
    <message>
        <source>Export only this token, asked of OKX by name: CHAIN:CONTRACT, the chain index and the token&apos;s contract, empty for the chain&apos;s own coin (1: is ETH). Repeat it for more tokens; their chains replace --chains.</source>
        <extracomment>Keep CHAIN:CONTRACT and the example 1:</extracomment>
        <translation>只导出此代币，按名称向 OKX 查询：CHAIN:CONTRACT，即链编号与代币合约，链的原生币留空（1: 即 ETH）。可重复以查询更多代币；它们的链取代 --chains。</translation>
    </message>
    <message>
        <source>chain:contract</source>
        <translation>链:合约</translation>
    </message>
    <message>
        <source>The host of OKX&apos;s public USD/CNY rate (default: the saved setting, else https://www.okx.com).</source>
        <translation>OKX 公开美元/人民币汇率的主机（默认：已保存的设置，否则为 https://www.okx.com）。</translation>
    </message>
    <message>
        <source>USD (default) or CNY: amounts also in yuan, exactly, at OKX&apos;s USD/CNY rate (fetched at most hourly; history: the rate recorded with each refresh). total prints the CNY total; export adds the columns usdCny,valueCny; history adds totalCny.</source>
        <extracomment>Keep USD, CNY and the column names</extracomment>
        <translation>USD（默认）或 CNY：金额同时以人民币精确给出，按 OKX 的 USD/CNY 汇率（至多每小时获取一次；历史：每次刷新记录的汇率）。total 输出人民币总额；export 增加 usdCny,valueCny 列；history 增加 totalCny 列。</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>export --token needs --address or --all</source>
        <translation>export --token 需要 --address 或 --all</translation>
    </message>
    <message>
        <source>--at exports the holdings recorded: it takes no --token</source>
        <translation>--at 导出记录的持仓：不接受 --token</translation>
    </message>
    <message>
        <source>--token names each token&apos;s chain: it takes no --chains</source>
        <translation>--token 已指明每个代币的链：不接受 --chains</translation>
    </message>
    <message>
        <source>--demo and --rate-url cannot be combined</source>
        <translation>--demo 与 --rate-url 不能同时使用</translation>
    </message>
    <message>
        <source>--rate-url needs an http or https URL such as https://www.okx.com</source>
        <translation>--rate-url 需要 http 或 https 网址，例如 https://www.okx.com</translation>
    </message>
    <message>
        <source>--fiat must be USD or CNY, not “%1”</source>
        <extracomment>%1 is the value given; keep USD and CNY</extracomment>
        <translation>--fiat 必须是 USD 或 CNY，而不是“%1”</translation>
    </message>
</context>
<context>
    <name>CliOptionsParser</name>
    <message>
        <source>Print the exact USD total value of an address.</source>
        <translation>输出某地址以美元计的精确总价值。</translation>
    </message>
    <message>
        <source>Print the chains the API supports.</source>
        <translation>输出 API 支持的链。</translation>
    </message>
    <message>
        <source>unknown command “%1”; run okx-wallet-viewer --help for the commands</source>
        <translation>未知命令“%1”；运行 okx-wallet-viewer --help 查看可用命令</translation>
    </message>
    <message>
        <source>no command given; run okx-wallet-viewer --help for the commands</source>
        <translation>未指定命令；运行 okx-wallet-viewer --help 查看可用命令</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <source>Write every token holding of an address, or of the whole watch list, as CSV, highest value first.</source>
        <translation>以 CSV 输出某地址或整个关注列表的全部代币资产，价值最高的在前。</translation>
    </message>
    <message>
        <source>Add an address to the watch list, with its chains and a label.</source>
        <translation>将地址连同其链和标签添加到关注列表。</translation>
    </message>
    <message>
        <source>Remove an address from the watch list.</source>
        <translation>从关注列表中移除地址。</translation>
    </message>
    <message>
        <source>Print the watch list: label, address and chains.</source>
        <translation>输出关注列表：标签、地址和链。</translation>
    </message>
    <message>
        <source>Shows wallet holdings through the OKX Web3 Balance API.</source>
        <translation>通过 OKX Web3 余额 API 显示钱包资产。</translation>
    </message>
    <message>
        <source>Without a command it opens the window:</source>
        <extracomment>Usage of the window; keep the option names</extracomment>
        <translation>不带命令时打开窗口：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run “okx-wallet-viewer &lt;command&gt; --help” for a command&apos;s options.</source>
        <translation>运行“okx-wallet-viewer &lt;命令&gt; --help”查看该命令的选项。</translation>
    </message>
    <message>
        <source>“export --all” writes every watched address in one CSV.</source>
        <extracomment>Keep the command and option names</extracomment>
        <translation>“export --all”将所有关注地址写入同一个 CSV。</translation>
    </message>
    <message>
        <source>Connection options not given take the window&apos;s saved settings.</source>
        <translation>未指定的连接选项使用窗口中保存的设置。</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok, 2 bad usage or input, 3 refused by the API, 4 network or malformed response, 5 output not writable.</source>
        <translation>退出码：0 成功，2 用法或输入错误，3 被 API 拒绝，4 网络错误或响应格式错误，5 无法写入输出。</translation>
    </message>
    <message>
        <source>The window shows the same list.</source>
        <translation>窗口显示的是同一个列表。</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>Run “okx-wallet-viewer watch &lt;action&gt; --help” for an action&apos;s options.</source>
        <translation>运行“okx-wallet-viewer watch &lt;操作&gt; --help”查看该操作的选项。</translation>
    </message>
    <message>
        <source>The wallet address.</source>
        <translation>钱包地址。</translation>
    </message>
    <message>
        <source>watch %1 needs an address</source>
        <extracomment>%1 is a watch action: add or remove</extracomment>
        <translation>watch %1 需要一个地址</translation>
    </message>
    <message>
        <source>Credentials come from OKX_API_KEY, OKX_SECRET_KEY, OKX_API_PASSPHRASE (or OKX_PASSPHRASE) and
OKX_PROJECT_ID, which override those saved in the window&apos;s settings (the OS keychain).</source>
        <extracomment>Keep the variable names; the line break keeps the help within 100 columns</extracomment>
        <translation>凭据来自 OKX_API_KEY、OKX_SECRET_KEY、OKX_API_PASSPHRASE（或 OKX_PASSPHRASE）和
OKX_PROJECT_ID，它们会覆盖窗口设置中保存的凭据（系统钥匙串）。</translation>
    </message>
    <message>
        <source>Add, remove, list, import or export the addresses the window watches.</source>
        <translation>添加、移除、列出、导入或导出窗口所关注的地址。</translation>
    </message>
    <message>
        <source>Fetch every watched address, record it in the value history and print each total and its change.</source>
        <translation>获取每个关注地址，记入价值历史，并输出各自的总额及其变化。</translation>
    </message>
    <message>
        <source>Write the recorded totals (or holdings) of the value history as CSV, oldest first.</source>
        <translation>以 CSV 输出价值历史中记录的总额（或持仓），最早的在前。</translation>
    </message>
    <message>
        <source>Add the addresses of a CSV file (address,chains,label) to the watch list: all of them, or none when a line is invalid; addresses already watched are skipped.</source>
        <translation>将 CSV 文件（address,chains,label）中的地址添加到关注列表：要么全部添加，要么在任一行无效时全部不添加；已关注的地址将被跳过。</translation>
    </message>
    <message>
        <source>Write the watch list as CSV (address,chains,label).</source>
        <translation>以 CSV（address,chains,label）输出关注列表。</translation>
    </message>
    <message>
        <source>“refresh” (for cron or a systemd timer) and the window record every good refresh; “history” reads them.</source>
        <extracomment>Keep the command names</extracomment>
        <translation>“refresh”（用于 cron 或 systemd 定时器）和窗口会记录每次成功的刷新；“history”读取这些记录。</translation>
    </message>
    <message>
        <source>export, total, chains, watch, refresh or history</source>
        <translation>export、total、chains、watch、refresh 或 history</translation>
    </message>
    <message>
        <source>add, remove, list, import or export</source>
        <translation>add、remove、list、import 或 export</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>要读取的 CSV 文件。</translation>
    </message>
    <message>
        <source>%1 records your own holdings: it takes no --demo</source>
        <extracomment>%1 is the command</extracomment>
        <translation>%1 记录的是您自己的持仓：不接受 --demo</translation>
    </message>
    <message>
        <source>unknown watch action “%1”; expected add, remove, list, import or export</source>
        <translation>未知的 watch 操作“%1”；应为 add、remove、list、import 或 export</translation>
    </message>
    <message>
        <source>watch needs an action: add, remove, list, import or export</source>
        <translation>watch 需要一个操作：add、remove、list、import 或 export</translation>
    </message>
    <message>
        <source>watch %1 needs a file</source>
        <extracomment>%1 is a watch action: import</extracomment>
        <translation>watch %1 需要一个文件</translation>
    </message>
    <message>
        <source>“export --token 1:0xdac17f958d2ee523a2206206994597c13d831ec7” asks OKX about the tokens named only.</source>
        <extracomment>Keep the command and option names and the example</extracomment>
        <translation>“export --token 1:0xdac17f958d2ee523a2206206994597c13d831ec7” 只向 OKX 查询指定的代币。</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>the demo server could not start on 127.0.0.1</source>
        <translation>演示服务器无法在 127.0.0.1 上启动</translation>
    </message>
    <message>
        <source>the wallet API (--api wallet) needs a project id: set OKX_PROJECT_ID or save one in the window&apos;s settings</source>
        <translation>钱包 API（--api wallet）需要项目 ID：请设置 OKX_PROJECT_ID，或在窗口设置中保存一个</translation>
    </message>
    <message>
        <source>no API credentials: set %1, or save them in the window&apos;s settings (or use --demo)</source>
        <extracomment>%1 lists environment variable names</extracomment>
        <translation>没有 API 凭据：请设置 %1，或在窗口设置中保存（或使用 --demo）</translation>
    </message>
</context>
<context>
    <name>CloseToTrayPrompt</name>
    <message>
        <source>Keep Watching in the Tray?</source>
        <translation>在托盘中继续关注？</translation>
    </message>
    <message>
        <source>Auto-refresh is on. The app can keep refreshing from the system tray after the window closes, and tell you when a value moves, a new token appears or refreshes keep failing.</source>
        <translation>自动刷新已开启。关闭窗口后，应用可以在系统托盘中继续刷新，并在价值变动、出现新代币或刷新持续失败时通知您。</translation>
    </message>
    <message>
        <source>&amp;Keep Watching</source>
        <translation>继续关注(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t ask again (Settings can change it)</source>
        <translation>不再询问(&amp;D)（可在设置中更改）</translation>
    </message>
</context>
<context>
    <name>CommandLineApp</name>
    <message>
        <source>the watch list is empty: add addresses with “okx-wallet-viewer watch add” first</source>
        <translation>关注列表为空：请先用“okx-wallet-viewer watch add”添加地址</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
    <message>
        <source>Cannot reach %1</source>
        <translation>无法连接 %1</translation>
    </message>
    <message>
        <source>(demo server)</source>
        <extracomment>Appended to the connection state while the built-in demo server is used.</extracomment>
        <translation>（演示服务器）</translation>
    </message>
    <message>
        <source>The only host this app talks to: %1</source>
        <translation>本应用唯一通信的主机：%1</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>未连接 %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a quote inside a field that does not start with one</source>
        <translation>字段中出现引号，但该字段并非以引号开头</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <extracomment>%1 is a number of characters</extracomment>
        <translation>某个字段超过 %1 个字符</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>带引号的字段缺少结束引号</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>字段的结束引号后还有文本</translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>digits are missing before the decimal point</source>
        <translation>小数点前缺少数字</translation>
    </message>
    <message>
        <source>digits are missing after the decimal point</source>
        <translation>小数点后缺少数字</translation>
    </message>
    <message>
        <source>“%1” is not a decimal number: %2</source>
        <extracomment>%1 is the (possibly shortened) text, %2 the reason</extracomment>
        <translation>“%1”不是十进制数：%2</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>它超过 %1 个字符</translation>
    </message>
    <message>
        <source>only the digits 0–9, one &apos;.&apos;, a leading &apos;-&apos; and an exponent such as e-18 are allowed</source>
        <translation>只允许数字 0–9、一个“.”、开头的“-”以及形如 e-18 的指数</translation>
    </message>
    <message>
        <source>its exponent is not a whole number</source>
        <translation>它的指数不是整数</translation>
    </message>
    <message>
        <source>its exponent is out of range</source>
        <translation>它的指数超出范围</translation>
    </message>
    <message>
        <source>it has more than %1 significant digits</source>
        <translation>它的有效数字超过 %1 位</translation>
    </message>
    <message>
        <source>it has more than %1 decimal places</source>
        <translation>它的小数位超过 %1 位</translation>
    </message>
    <message>
        <source>it has more than %1 digits before the decimal point</source>
        <translation>它的整数部分超过 %1 位</translation>
    </message>
</context>
<context>
    <name>DemoPortfolio</name>
    <message>
        <source>Example fund</source>
        <translation>示例基金</translation>
    </message>
    <message>
        <source>Multi-chain demo</source>
        <translation>多链演示</translation>
    </message>
    <message>
        <source>Solana wallet</source>
        <translation>Solana 钱包</translation>
    </message>
    <message>
        <source>Tron wallet</source>
        <translation>Tron 钱包</translation>
    </message>
    <message>
        <source>Bitcoin savings</source>
        <translation>比特币储蓄</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>OKX Wallet Viewer</source>
        <translation>OKX 钱包查看器</translation>
    </message>
    <message>
        <source>The built-in demo server could not start.</source>
        <translation>内置演示服务器无法启动。</translation>
    </message>
</context>
<context>
    <name>ExchangeRateCache</name>
    <message>
        <source>its rate is missing or not a string</source>
        <translation>其汇率缺失或不是字符串</translation>
    </message>
    <message>
        <source>its time is missing or not an ISO 8601 time</source>
        <translation>其时间缺失或不是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>The saved USD/CNY rate is unusable, so none is known until one is fetched. %1</source>
        <extracomment>%1 is the file&apos;s problem</extracomment>
        <translation>已保存的美元/人民币汇率无法使用，在获取到新汇率之前没有可用汇率。%1</translation>
    </message>
</context>
<context>
    <name>ExchangeRateParser</name>
    <message>
        <source>data[0].usdCny: %1</source>
        <extracomment>%1 says why the rate is refused</extracomment>
        <translation>data[0].usdCny：%1</translation>
    </message>
</context>
<context>
    <name>ExportAtCommand</name>
    <message>
        <source>no holdings of %1 are recorded at or before %2</source>
        <extracomment>%1 is an address, %2 a time</extracomment>
        <translation>在 %2 或之前没有 %1 的持仓记录</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>--token “%1”: no watched address is watched on %2 (chain %3)</source>
        <extracomment>%1 is the --token argument, %2 its chain&apos;s name, %3 the chain index</extracomment>
        <translation>--token “%1”：没有关注的地址位于 %2（链 %3）</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>The current view: %n row(s), as filtered and sorted</source>
        <translation>
            <numerusform>当前视图：%n 行，按当前筛选和排序</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every address: %n row(s)</source>
        <translation>
            <numerusform>所有地址：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出内容：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Include tokens OKX flags as risky (airdrops, honeypots)</source>
        <translation>包含 OKX 标记为有风险的代币（空投、貔貅盘）</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>FiatConversion</name>
    <message>
        <source>No USD/CNY rate is known yet: amounts are in USD.</source>
        <translation>尚无美元/人民币汇率：金额以美元显示。</translation>
    </message>
    <message>
        <source>CNY at the rate of %1: 1 USD = %2</source>
        <extracomment>%1 is the date and time the rate was fetched, %2 the rate in yuan, e.g. &quot;¥7.1543&quot;</extracomment>
        <translation>人民币按 %1 的汇率：1 美元 = %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search token, contract or chain</source>
        <translation>搜索代币、合约或链</translation>
    </message>
    <message>
        <source>Hide risk tokens</source>
        <translation>隐藏风险代币</translation>
    </message>
    <message>
        <source>Hide the tokens OKX flags as risky airdrops or honeypots</source>
        <translation>隐藏 OKX 标记为风险空投或貔貅盘的代币</translation>
    </message>
    <message>
        <source>Hide unpriced</source>
        <translation>隐藏无价格代币</translation>
    </message>
    <message>
        <source>Hide the tokens OKX has no price for</source>
        <translation>隐藏 OKX 没有价格的代币</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <extracomment>The chart slice the table is filtered to; clicking clears the filter.</extracomment>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>Show every row again</source>
        <translation>重新显示所有行</translation>
    </message>
    <message numerus="yes">
        <source>%n holding(s) shown</source>
        <translation>
            <numerusform>显示 %n 项持仓</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide small balances (&lt; %1)</source>
        <extracomment>%1 is the limit, one US dollar in the currency shown: &quot;$1.00&quot;, or &quot;¥7.15&quot; at OKX&apos;s rate.</extracomment>
        <translation>隐藏小额资产（&lt; %1）</translation>
    </message>
</context>
<context>
    <name>FirstRunPrompt</name>
    <message>
        <source>No addresses watched yet</source>
        <translation>尚未关注任何地址</translation>
    </message>
    <message>
        <source>Add a wallet address (EVM, Solana, Tron, Bitcoin and more) to see what it holds on every chain, priced in USD. Addresses are only read: no private key is ever asked for.</source>
        <translation>添加一个钱包地址（EVM、Solana、Tron、比特币等），即可查看它在每条链上的持仓及美元估值。地址只会被读取：绝不会要求您提供私钥。</translation>
    </message>
    <message>
        <source>Add Address… (%1)</source>
        <extracomment>%1 is the shortcut of Add Address, e.g. Ctrl+N</extracomment>
        <translation>添加地址…（%1）</translation>
    </message>
</context>
<context>
    <name>HistoryChartView</name>
    <message>
        <source>%1 · %2 · %3 (%4)</source>
        <extracomment>The value history chart&apos;s readout: %1 a time, %2 the address(es) recorded, %3 the exact total, %4 its change.</extracomment>
        <translation>%1 · %2 · %3（%4）</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>no value is recorded for %1</source>
        <translation>没有 %1 的价值记录</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message numerus="yes">
        <source>%n address(es)</source>
        <extracomment>In the value history&apos;s table: a refresh recorded that many addresses.</extracomment>
        <translation>
            <numerusform>%n 个地址</numerusform>
        </translation>
    </message>
    <message>
        <source>The first value recorded: nothing to compare with</source>
        <extracomment>Tooltip of the value history&apos;s Change cell on the first point ever recorded.</extracomment>
        <translation>第一个记录的值：没有可比较的</translation>
    </message>
    <message>
        <source>Time</source>
        <extracomment>Value history table header: when the refresh was recorded.</extracomment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Recorded</source>
        <extracomment>Value history table header: the address(es) the refresh recorded.</extracomment>
        <translation>记录</translation>
    </message>
    <message>
        <source>Total Value (%1)</source>
        <extracomment>Value history table header: the exact total value then; %1 is its currency, USD or CNY.</extracomment>
        <translation>总价值（%1）</translation>
    </message>
    <message>
        <source>Change (%1)</source>
        <extracomment>Value history table header: the change since the previous point; %1 is its currency, USD or CNY.</extracomment>
        <translation>变化（%1）</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>All addresses</source>
        <translation>所有地址</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A choice of the value history&apos;s scope: %1 an address&apos;s label, %2 the address shortened.
----------
%1 is a period (&quot;The last week&quot;), %2 its shortcut (Alt+2).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period. Choose a longer one, or All.</source>
        <translation>此期间没有记录。请选择更长的期间或“全部”。</translation>
    </message>
    <message>
        <source>Value History</source>
        <extracomment>Title of the window&apos;s History view.</extracomment>
        <translation>价值历史</translation>
    </message>
    <message>
        <source>Whose value: all addresses together, or one</source>
        <translation>谁的价值：所有地址合计，或其中一个</translation>
    </message>
    <message>
        <source>1D</source>
        <extracomment>The History view&apos;s span buttons: the last day, week, month, year, or all time.</extracomment>
        <translation>1天</translation>
    </message>
    <message>
        <source>1W</source>
        <translation>1周</translation>
    </message>
    <message>
        <source>1M</source>
        <translation>1个月</translation>
    </message>
    <message>
        <source>1Y</source>
        <translation>1年</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>最近一天</translation>
    </message>
    <message>
        <source>The last week</source>
        <translation>最近一周</translation>
    </message>
    <message>
        <source>The last month</source>
        <translation>最近一个月</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <source>Everything recorded</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>&amp;Live Holdings</source>
        <translation>实时持仓(&amp;L)</translation>
    </message>
    <message>
        <source>Leave the history for the holdings of the latest refresh (Ctrl+H)</source>
        <translation>离开历史，查看最近一次刷新的持仓（Ctrl+H）</translation>
    </message>
    <message>
        <source>Choose a point and press Enter to see the holdings recorded then.</source>
        <translation>选择一个点并按 Enter，查看当时记录的持仓。</translation>
    </message>
    <message>
        <source>&amp;Show Holdings at This Time</source>
        <translation>查看此时的持仓(&amp;S)</translation>
    </message>
    <message>
        <source>No history yet: every refresh of your own addresses is recorded (the demo portfolios are not), and their value over time shows here from the first one on.</source>
        <translation>尚无历史：您自己地址的每次刷新都会被记录（示例组合不会），从第一次刷新起，其价值随时间的变化将显示在这里。</translation>
    </message>
</context>
<context>
    <name>HoldersDialog</name>
    <message>
        <source>Holders of %1</source>
        <extracomment>Title of the dialog listing who holds a token; %1 is the token&apos;s symbol.</extracomment>
        <translation>%1 的持有者</translation>
    </message>
    <message>
        <source>Every watched address and chain that holds %1, the same token across chains. A token at an unknown contract with the same symbol is not counted here.</source>
        <translation>持有 %1 的每个关注地址和链（跨链的同一代币）。同名但合约未知的代币不计入此处。</translation>
    </message>
</context>
<context>
    <name>HoldersModel</name>
    <message>
        <source>Share of the whole balance of %1 held by the watched addresses</source>
        <translation>占关注地址所持 %1 总余额的比例</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>Holders of a token: the column of the addresses&apos; labels.</extracomment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Balance (%1)</source>
        <extracomment>Holders of a token: %1 is the token&apos;s symbol.</extracomment>
        <translation>余额（%1）</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <extracomment>Holders of a token: %1 is the currency values are shown in, USD or CNY.</extracomment>
        <translation>价值（%1）</translation>
    </message>
    <message>
        <source>Share</source>
        <extracomment>Holders of a token: each holder&apos;s percentage of the token&apos;s whole balance.</extracomment>
        <translation>占比</translation>
    </message>
    <message numerus="yes">
        <source>Total of %n holding(s): %1 %2 · %3</source>
        <extracomment>Under a token&apos;s holders: %1 the exact sum of their balances, %2 the token, %3 the exact sum of their values.</extracomment>
        <translation>
            <numerusform>共 %n 项持仓：%1 %2 · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingMenu</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Show &amp;Holders…</source>
        <extracomment>Context menu of a holding: every watched address and chain that holds this token.</extracomment>
        <translation>显示持有者(&amp;H)…</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <source>Copy contract</source>
        <translation>复制合约地址</translation>
    </message>
    <message>
        <source>Open address in %1 explorer</source>
        <extracomment>%1 is a chain name; opens the address&apos;s page on that chain&apos;s block explorer.</extracomment>
        <translation>在 %1 区块浏览器中打开地址</translation>
    </message>
    <message>
        <source>Open token contract in %1 explorer</source>
        <translation>在 %1 区块浏览器中打开代币合约</translation>
    </message>
    <message>
        <source>&amp;Refresh This Token</source>
        <extracomment>Context menu of a holding: fetch this token&apos;s balance and price of this address again, alone.</extracomment>
        <translation>刷新此代币(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;Spam</source>
        <extracomment>Context menu of a holding: count the token like one OKX flags as risky (left out of totals).</extracomment>
        <translation>标记为垃圾代币(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Trust This Token</source>
        <extracomment>Context menu of a holding: count the token in totals even though OKX flags it as risky.</extracomment>
        <translation>信任此代币(&amp;T)</translation>
    </message>
</context>
<context>
    <name>HoldingsExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoldingsView</name>
    <message>
        <source>No holdings match “%1”.</source>
        <extracomment>%1 is what the user searched for</extracomment>
        <translation>没有与“%1”匹配的持仓。</translation>
    </message>
    <message>
        <source>No holdings match the filters.</source>
        <translation>没有符合筛选条件的持仓。</translation>
    </message>
    <message>
        <source>This address holds nothing on its watched chains, or has not been refreshed yet.</source>
        <translation>此地址在所关注的链上没有任何持仓，或尚未刷新。</translation>
    </message>
    <message>
        <source>%1 (shown once a refresh changes something)</source>
        <extracomment>A column header&apos;s menu entry; %1 is the column&apos;s title, &quot;Change (USD)&quot;</extracomment>
        <translation>%1（刷新后有变化时显示）</translation>
    </message>
    <message>
        <source>%1 (shown with several addresses in view)</source>
        <extracomment>A column header&apos;s menu entry; %1 is the column&apos;s title, &quot;Address&quot;</extracomment>
        <translation>%1（视图中有多个地址时显示）</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Shows the holdings of wallet addresses through the OKX Web3 Balance API.</source>
        <translation>通过 OKX Web3 余额 API 显示钱包地址的资产。</translation>
    </message>
    <message>
        <source>Language of the window: en or zh.</source>
        <translation>界面语言：en 或 zh。</translation>
    </message>
    <message>
        <source>The API host, e.g. https://web3.okx.com.</source>
        <translation>API 主机，例如 https://web3.okx.com。</translation>
    </message>
    <message>
        <source>The API path family: v5, v6 or wallet.</source>
        <translation>API 路径系列：v5、v6 或 wallet。</translation>
    </message>
    <message>
        <source>Also show this address (for this session only).</source>
        <translation>同时显示此地址（仅限本次会话）。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--lang must be en or zh, not “%1”.</source>
        <translation>--lang 必须为 en 或 zh，而不是“%1”。</translation>
    </message>
    <message>
        <source>--base-url must be an http or https URL with a host, not “%1”.</source>
        <translation>--base-url 必须是带主机名的 http 或 https 网址，而不是“%1”。</translation>
    </message>
    <message>
        <source>--api must be v5, v6 or wallet, not “%1”.</source>
        <translation>--api 必须为 v5、v6 或 wallet，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Fetch the latest holdings of every address (F5)</source>
        <translation>获取所有地址的最新资产（F5）</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel the refresh in progress (Esc)</source>
        <translation>取消正在进行的刷新（Esc）</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the holdings as a CSV file (Ctrl+E)</source>
        <translation>将资产保存为 CSV 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation>以制表符分隔的文本复制所选行</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Privacy mode</source>
        <translation>隐私模式(&amp;P)</translation>
    </message>
    <message>
        <source>Hide every amount behind dots (Ctrl+Shift+M)</source>
        <translation>用圆点隐藏所有金额（Ctrl+Shift+M）</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;About OKX Wallet Viewer</source>
        <translation>关于 OKX 钱包查看器(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Addresses</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自动刷新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add Address…</source>
        <translation>添加地址(&amp;A)…</translation>
    </message>
    <message>
        <source>Watch another address (Ctrl+N)</source>
        <translation>关注另一个地址（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit Address…</source>
        <translation>编辑地址(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove Address</source>
        <translation>移除地址(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>撤销移除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>关闭(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Token Verdicts…</source>
        <extracomment>The list of tokens the user marked as spam or chose to trust.</extracomment>
        <translation>代币判定(&amp;T)…</translation>
    </message>
    <message>
        <source>The tokens you marked as spam or chose to trust (Ctrl+Shift+T)</source>
        <translation>您标记为垃圾代币或选择信任的代币（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <source>Add Addre&amp;sses…</source>
        <translation>批量添加地址(&amp;S)…</translation>
    </message>
    <message>
        <source>Watch a pasted list of addresses (Ctrl+Shift+N)</source>
        <translation>关注粘贴的地址列表（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>&amp;Import Watch List…</source>
        <translation>导入关注列表(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the addresses of a CSV file (address,chains,label)</source>
        <translation>添加 CSV 文件（address,chains,label）中的地址</translation>
    </message>
    <message>
        <source>Export &amp;Watch List…</source>
        <translation>导出关注列表(&amp;W)…</translation>
    </message>
    <message>
        <source>Save the watched addresses as a CSV file (address,chains,label)</source>
        <translation>将关注地址保存为 CSV 文件（address,chains,label）</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <extracomment>View menu: shows the value of the addresses over time (checked while it is shown).</extracomment>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>The value of your addresses over time, and the holdings recorded at each refresh (Ctrl+H)</source>
        <translation>您地址的价值随时间的变化，以及每次刷新记录的持仓（Ctrl+H）</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <extracomment>View menu: the currency every value is shown in.</extracomment>
        <translation>货币(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;US Dollar (USD)</source>
        <translation>美元 (USD)(&amp;U)</translation>
    </message>
    <message>
        <source>Chinese &amp;Yuan (CNY)</source>
        <extracomment>Values converted at OKX&apos;s published USD/CNY rate.</extracomment>
        <translation>人民币 (CNY)(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Group by Token</source>
        <extracomment>View menu: folds the same token across chains and addresses into one expandable row (checked while grouped).</extracomment>
        <translation>按代币分组(&amp;G)</translation>
    </message>
    <message>
        <source>One row per token across chains and addresses, with exact sums (Ctrl+G)</source>
        <translation>每种代币一行，合并各链和各地址，显示精确合计 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Color sch&amp;eme</source>
        <extracomment>View menu: the window&apos;s colours, light or dark.</extracomment>
        <translation>配色方案(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <extracomment>Color scheme: follow the desktop&apos;s light or dark setting.</extracomment>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OKX Wallet Viewer</source>
        <translation>OKX 钱包查看器</translation>
    </message>
    <message>
        <source>Demo data — enter your OKX API key to see your own addresses</source>
        <translation>演示数据 — 输入您的 OKX API 密钥即可查看您自己的地址</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>%1 The watch list is kept here and will be saved again.</source>
        <translation>%1 关注列表仍保留在窗口中，稍后会再次保存。</translation>
    </message>
    <message>
        <source>The watch list is saved again.</source>
        <translation>关注列表已重新保存。</translation>
    </message>
    <message>
        <source>Your settings could not be saved: %1 They stay in effect and will be saved again.</source>
        <translation>无法保存您的设置：%1 设置仍然生效，稍后会再次保存。</translation>
    </message>
    <message>
        <source>Enter your OKX API key to refresh your addresses. Until then they show the holdings saved at their last refresh.</source>
        <translation>请输入您的 OKX API 密钥以刷新您的地址。在此之前，显示的是上次刷新时保存的持仓。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>%1%</translation>
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
        <translation>无法写入标准输出：%1</translation>
    </message>
</context>
<context>
    <name>OverviewPresenter</name>
    <message>
        <source>Offline — showing holdings as of %1.</source>
        <extracomment>%1 is the time of the oldest saved holdings on screen.</extracomment>
        <translation>离线 — 显示截至 %1 的持仓。</translation>
    </message>
    <message>
        <source>The data shown is as of %1.</source>
        <extracomment>%1 is the time of the oldest data still on screen.</extracomment>
        <translation>当前显示的是截至 %1 的数据。</translation>
    </message>
</context>
<context>
    <name>PastedAddresses</name>
    <message>
        <source>more than %1 lines: add the rest in another step</source>
        <translation>超过 %1 行：请分批添加其余地址</translation>
    </message>
</context>
<context>
    <name>RecordedHoldingsView</name>
    <message>
        <source>As of %1 (recorded) · %2</source>
        <extracomment>Heading of the holdings recorded in the past: %1 is a date and time, %2 &quot;All addresses&quot; or an address&apos;s name.</extracomment>
        <translation>截至 %1（记录）· %2</translation>
    </message>
    <message>
        <source>Total then: %1</source>
        <extracomment>Under the heading of recorded holdings: %1 is the exact total value of the holdings shown.</extracomment>
        <translation>当时总额：%1</translation>
    </message>
    <message numerus="yes">
        <source>For each address, the holdings last recorded at or before this time (%n address(es)). Read-only: the live holdings are unchanged.</source>
        <translation>
            <numerusform>每个地址在此时间或之前最后记录的持仓（%n 个地址）。只读：实时持仓不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Save these recorded holdings as a CSV file, as &apos;export --at&apos; writes them</source>
        <translation>将这些记录的持仓保存为 CSV 文件，与 &apos;export --at&apos; 写出的相同</translation>
    </message>
    <message>
        <source>&amp;Back to History</source>
        <translation>返回历史(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Live Holdings</source>
        <translation>实时持仓(&amp;L)</translation>
    </message>
    <message>
        <source>Leave the history for the holdings of the latest refresh</source>
        <translation>离开历史，查看最近一次刷新的持仓</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>failed</source>
        <extracomment>Shown in a refresh&apos;s line of an address that could not be fetched</extracomment>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>new</source>
        <extracomment>The change of a total since the last refresh recorded: none yet</extracomment>
        <translation>新增</translation>
    </message>
    <message>
        <source>the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded with the rate of %3</source>
        <translation>无法从 %1 获取美元/人民币汇率：%2；本次刷新按 %3 的汇率记录</translation>
    </message>
    <message>
        <source>the USD/CNY rate could not be fetched from %1: %2; the refresh is recorded without a rate</source>
        <translation>无法从 %1 获取美元/人民币汇率：%2；本次刷新不带汇率记录</translation>
    </message>
</context>
<context>
    <name>RefreshController</name>
    <message>
        <source>Could not refresh %1. %2</source>
        <extracomment>%1 is an address&apos;s label, %2 the reason (a full sentence).</extracomment>
        <translation>无法刷新 %1。%2</translation>
    </message>
    <message>
        <source>Could not refresh %1 of %2 addresses. %3: %4</source>
        <extracomment>%1 and %2 count addresses; %3 is the first address&apos;s label and %4 its reason (a full sentence).</extracomment>
        <translation>%2 个地址中有 %1 个无法刷新。%3：%4</translation>
    </message>
    <message>
        <source>%1 Enter it in Settings…</source>
        <extracomment>%1 says that the chosen API needs a project ID; Settings… is the window&apos;s menu item and toolbar button</extracomment>
        <translation>%1请在“设置…”中输入。</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: its balance or price changed.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>已刷新 %2 的 %1：余额或价格有变化。</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: it is held again.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>已刷新 %2 的 %1：再次持有。</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: it is no longer held.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>已刷新 %2 的 %1：已不再持有。</translation>
    </message>
    <message>
        <source>Refreshed %1 of %2: unchanged.</source>
        <extracomment>Status bar after Refresh This Token; %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>已刷新 %2 的 %1：无变化。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>What a refresh could not update: %1 is a token&apos;s symbol, %2 an address&apos;s label</extracomment>
        <translation>%2 的 %1</translation>
    </message>
</context>
<context>
    <name>RefreshStatus</name>
    <message>
        <source>Refreshing… %1 of %2 requests</source>
        <extracomment>Status bar during a refresh: HTTP requests completed and in all.</extracomment>
        <translation>正在刷新… 已完成 %1/%2 个请求</translation>
    </message>
    <message>
        <source>Refresh cancelled</source>
        <translation>刷新已取消</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message numerus="yes">
        <source>Refreshed with %n address(es) not updated</source>
        <translation>
            <numerusform>已刷新，%n 个地址未能更新</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <extracomment>Status bar: the refresh ended and not one address could be updated (the message bar says why).</extracomment>
        <translation>刷新失败</translation>
    </message>
</context>
<context>
    <name>RequestRunner</name>
    <message>
        <source>the reply is larger than 32 MB</source>
        <translation>响应大于 32 MB</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes, before the reply was complete</source>
        <extracomment>%1 is a byte count</extracomment>
        <translation>连接在收到 %1 字节后关闭，响应不完整</translation>
    </message>
    <message>
        <source>the reply was cut off after %1 of %2 bytes</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation>响应在 %2 字节中的第 %1 字节处被截断</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <source>the file is not open</source>
        <translation>文件未打开</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (e.g. &quot;No space left on device&quot;)</extracomment>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The credentials stored in the keychain are unreadable; please enter them again.</source>
        <translation>钥匙串中保存的凭据无法读取，请重新输入。</translation>
    </message>
    <message>
        <source>it does not hold the three secrets</source>
        <translation>其中没有三项机密信息</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>%1 The secrets are kept for this session only.</source>
        <translation>%1 机密信息仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the API key, secret key and passphrase are kept for this session only.</source>
        <translation>系统钥匙串不可用，因此 API 密钥、Secret Key 和口令仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keychain refused access, so the API key, secret key and passphrase are kept for this session only.</source>
        <translation>系统钥匙串拒绝访问，因此 API 密钥、Secret Key 和口令仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keychain could not delete the stored API key, secret key and passphrase; here they are cleared for this session only.</source>
        <translation>系统钥匙串无法删除已保存的 API 密钥、Secret Key 和口令；本应用仅在本次会话中清除它们。</translation>
    </message>
    <message>
        <source>%1 Details: %2</source>
        <extracomment>%1 is one of the sentences on the keychain, %2 the keychain library&apos;s own explanation (in English), e.g. &quot;org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided&quot;</extracomment>
        <translation>%1 详细信息：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Optional; the Wallet API needs it</source>
        <translation>可选；钱包 API 需要</translation>
    </message>
    <message>
        <source>Keep them in a file only I can read</source>
        <translation>保存在只有我能读取的文件中</translation>
    </message>
    <message>
        <source>OKX API key</source>
        <translation>OKX API 密钥</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>Secret Key(&amp;S)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;roject ID:</source>
        <translation>项目 ID(&amp;R)：</translation>
    </message>
    <message>
        <source>Wallet API v5 (needs a project ID)</source>
        <translation>钱包 API v5（需要项目 ID）</translation>
    </message>
    <message>
        <source> requests/s</source>
        <extracomment>Unit after the requests-per-second number</extracomment>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the timeout in seconds</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>Value-move notifications: none</extracomment>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础网址(&amp;B)：</translation>
    </message>
    <message>
        <source>API &amp;family:</source>
        <translation>API 系列(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Rate limit:</source>
        <translation>频率限制(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>自动刷新(&amp;A)：</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>测试连接(&amp;C)</translation>
    </message>
    <message>
        <source>Checks the key and the address by asking OKX for its supported chains.</source>
        <translation>通过向 OKX 查询其支持的链来检查密钥和地址。</translation>
    </message>
    <message>
        <source>Set in the environment, %1 take precedence over the values here.</source>
        <extracomment>%1 lists environment variable names such as OKX_API_KEY</extracomment>
        <translation>环境变量中设置的 %1 优先于此处的值。</translation>
    </message>
    <message>
        <source>Asking %1 for its supported chains…</source>
        <translation>正在向 %1 查询支持的链…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: OKX answered with %n supported chain(s).</source>
        <translation>
            <numerusform>连接成功：OKX 支持 %n 条链。</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key, secret key and passphrase are kept in the system keychain.</source>
        <translation>API 密钥、Secret Key 和口令保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No keychain is available: the API key, secret key and passphrase are kept for this session only.</source>
        <translation>没有可用的钥匙串：API 密钥、Secret Key 和口令仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The API key, secret key and passphrase are kept in %1, readable only by you.</source>
        <translation>API 密钥、Secret Key 和口令保存在 %1 中，只有您可以读取。</translation>
    </message>
    <message>
        <source>Keep the Secrets in a File?</source>
        <translation>将机密信息保存在文件中？</translation>
    </message>
    <message>
        <source>The API key, secret key and passphrase will be written unencrypted to
%1

Only your user account can read that file, but so can anything running as you, and it may end up in backups. Choose this only if no keychain can be set up.

Keep the secrets in this file?</source>
        <translation>API 密钥、Secret Key 和口令将以未加密的形式写入
%1

只有您的用户帐户可以读取该文件，但以您的身份运行的任何程序也能读取，并且它可能会进入备份。请仅在无法设置钥匙串时选择此项。

要将机密信息保存在此文件中吗？</translation>
    </message>
    <message>
        <source>Enter an http or https address with a host name, such as https://web3.okx.com.</source>
        <translation>请输入带主机名的 http 或 https 地址，例如 https://web3.okx.com。</translation>
    </message>
    <message>
        <source>Plain http sends the passphrase unencrypted: use https unless this is a local server.</source>
        <translation>普通 http 会以明文发送口令：除非是本地服务器，否则请使用 https。</translation>
    </message>
    <message>
        <source>No limit</source>
        <extracomment>Shown in the rate limit box when it is 0</extracomment>
        <translation>不限速</translation>
    </message>
    <message>
        <source>DEX API v6 (default)</source>
        <translation>DEX API v6（默认）</translation>
    </message>
    <message>
        <source>DEX API v5 (older)</source>
        <translation>DEX API v5（旧版）</translation>
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
        <translation>钱包 API v5</translation>
    </message>
    <message>
        <source>%1 Enter it above.</source>
        <extracomment>%1 says that the chosen API needs a project ID; the field for it is above this text</extracomment>
        <translation>%1请在上方输入。</translation>
    </message>
    <message>
        <source>This server has no %1 (HTTP 404); asking it for the other API families…</source>
        <extracomment>%1 is the API family chosen, e.g. DEX API v5</extracomment>
        <translation>此服务器没有 %1（HTTP 404）；正在尝试其他 API 系列…</translation>
    </message>
    <message>
        <source>This server has no %1 (HTTP 404); %2 answers: choose it under API family.</source>
        <extracomment>%1 is the API family chosen, %2 another one that the same server answers on</extracomment>
        <translation>此服务器没有 %1（HTTP 404）；%2 可以响应：请在“API 系列”中选择它。</translation>
    </message>
    <message>
        <source>This server has no %1 (HTTP 404), nor any other API family: check the base URL.</source>
        <extracomment>%1 is the API family chosen</extracomment>
        <translation>此服务器没有 %1（HTTP 404），也没有其他 API 系列：请检查基础 URL。</translation>
    </message>
    <message>
        <source>US Dollar (USD)</source>
        <translation>美元 (USD)</translation>
    </message>
    <message>
        <source>Chinese Yuan (CNY)</source>
        <translation>人民币 (CNY)</translation>
    </message>
    <message>
        <source>Where OKX&apos;s public USD/CNY rate is asked for; no key is sent there.</source>
        <extracomment>Tooltip of the exchange rate host field.</extracomment>
        <translation>从这里获取 OKX 公开的美元/人民币汇率；不会向其发送任何密钥。</translation>
    </message>
    <message>
        <source>Show &amp;values in:</source>
        <extracomment>Settings: the currency every value in the window is shown in.</extracomment>
        <translation>价值显示为(&amp;V)：</translation>
    </message>
    <message>
        <source>E&amp;xchange rate host:</source>
        <extracomment>Settings: the host OKX&apos;s USD/CNY exchange rate is fetched from.</extracomment>
        <translation>汇率服务器(&amp;X)：</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>询问</translation>
    </message>
    <message>
        <source>Keep watching in the tray</source>
        <translation>在托盘中继续关注</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>% of its value</source>
        <extracomment>Unit of the value-move threshold</extracomment>
        <translation>% 的价值</translation>
    </message>
    <message>
        <source>USD</source>
        <extracomment>Unit of the value-move threshold</extracomment>
        <translation>美元</translation>
    </message>
    <message>
        <source>Notify when an address holds a &amp;new token</source>
        <translation>地址持有新代币时通知(&amp;N)</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Shown in the failure-notification box when it is 0</extracomment>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Unit after the number of minutes</extracomment>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>There is no system tray here: closing the window quits, and nothing is notified.</source>
        <translation>此处没有系统托盘：关闭窗口即退出，不会发送任何通知。</translation>
    </message>
    <message>
        <source>Watching in the background</source>
        <translation>后台关注</translation>
    </message>
    <message>
        <source>&amp;When the window is closed during auto-refresh:</source>
        <translation>自动刷新期间关闭窗口时(&amp;W)：</translation>
    </message>
    <message>
        <source>Notify when a value &amp;moves by more than:</source>
        <translation>价值变动超过此值时通知(&amp;M)：</translation>
    </message>
    <message>
        <source>Notify when refreshes fai&amp;l for:</source>
        <translation>刷新持续失败此时长后通知(&amp;L)：</translation>
    </message>
    <message>
        <source>Enter an http or https address with a host name, such as https://www.okx.com.</source>
        <translation>请输入带主机名的 http 或 https 地址，例如 https://www.okx.com。</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Color scheme: follow the desktop&apos;s light or dark setting.</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Color sch&amp;eme:</source>
        <extracomment>Settings: the window&apos;s colours, light or dark.</extracomment>
        <translation>配色方案(&amp;E)：</translation>
    </message>
    <message>
        <source>Display</source>
        <extracomment>Settings: how the window shows things (currency, colours).</extracomment>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>its fields are missing or of the wrong type</source>
        <translation>其字段缺失或类型错误</translation>
    </message>
    <message>
        <source>The saved holdings of %1 were unusable and have been dropped; they will be fetched again. %2</source>
        <extracomment>%1 is an address, %2 the file&apos;s problem</extracomment>
        <translation>%1 保存的资产数据无法使用，已被丢弃，将重新获取。%2</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>All addresses</source>
        <translation>所有地址</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 种代币</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk token(s) left out of the total (claiming %1)</source>
        <extracomment>%1 is the USD value the risk tokens claim to be worth.</extracomment>
        <translation>
            <numerusform>%n 种风险代币未计入总额（自称价值 %1）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpriced token(s) left out of the total</source>
        <translation>
            <numerusform>%n 种无价格代币未计入总额</numerusform>
        </translation>
    </message>
    <message>
        <source>Not refreshed yet</source>
        <translation>尚未刷新</translation>
    </message>
    <message>
        <source>As of %1 — the latest refresh failed</source>
        <extracomment>%1 is the time of the oldest data shown.</extracomment>
        <translation>截至 %1 — 最近一次刷新失败</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>As of %1 (saved) — refreshing…</source>
        <extracomment>%1 is the time the saved holdings were fetched, in an earlier run of the app.</extracomment>
        <translation>截至 %1（已保存的数据）— 正在刷新…</translation>
    </message>
    <message>
        <source>%1 since the previous refresh</source>
        <extracomment>%1 is a signed USD amount such as +$12.30.</extracomment>
        <translation>自上次刷新以来 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new token(s)</source>
        <translation>
            <numerusform>%n 个新代币</numerusform>
        </translation>
    </message>
    <message>
        <source>gone: %1</source>
        <extracomment>%1 lists the symbols of tokens no longer held.</extracomment>
        <translation>已消失：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>As of %1 (saved)</source>
        <extracomment>%1 is the time the saved holdings were fetched, in an earlier run of the app (no refresh running).</extracomment>
        <translation>截至 %1（已保存的数据）</translation>
    </message>
    <message>
        <source>As of %1 — the latest refresh was stopped</source>
        <extracomment>%1 is the time of the oldest data shown; a refresh was stopped before it fetched every address.</extracomment>
        <translation>截至 %1 — 最近一次刷新已停止</translation>
    </message>
    <message>
        <source>Updated between %1 and %2</source>
        <extracomment>%1 and %2 are the times of the oldest and the newest data shown (addresses refreshed apart).</extracomment>
        <translation>更新于 %1 至 %2 之间</translation>
    </message>
    <message numerus="yes">
        <source>gone: %1 and %n more</source>
        <extracomment>%1 lists the first symbols of tokens no longer held; %n how many more there are.</extracomment>
        <translation>
            <numerusform>已消失：%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone: %1</source>
        <translation>已消失：%1</translation>
    </message>
    <message>
        <source>Exact total: %1</source>
        <extracomment>%1 is an amount with every decimal, such as $1,000,000,000,000,000,000,000.00.</extracomment>
        <translation>精确总额：%1</translation>
    </message>
    <message>
        <source>Value claimed by risk tokens: %1</source>
        <extracomment>%1 is a USD amount with every decimal.</extracomment>
        <translation>风险代币声称的价值：%1</translation>
    </message>
    <message>
        <source>Exact change: %1</source>
        <extracomment>%1 is a USD amount with every decimal, with a minus sign for a loss.</extracomment>
        <translation>精确变化：%1</translation>
    </message>
    <message>
        <source>No change since the previous refresh</source>
        <translation>自上次刷新以来无变化</translation>
    </message>
    <message>
        <source>(no symbol)</source>
        <translation>（无符号）</translation>
    </message>
    <message>
        <source>%1 from %2 on %3 — mark as spam?</source>
        <extracomment>A holding whose value looks wrong. %1 is a USD amount, %2 a token symbol, %3 a chain name.</extracomment>
        <translation>%3 上的 %2 价值 %1 — 是否标记为垃圾代币？</translation>
    </message>
    <message numerus="yes">
        <source>(%n more look suspicious)</source>
        <extracomment>After a suspicious holding: how many others look suspicious too.</extracomment>
        <translation>
            <numerusform>（另有 %n 项看起来可疑）</numerusform>
        </translation>
    </message>
    <message>
        <source>It is worth more than %1 times everything else this address holds.</source>
        <translation>其价值超过此地址其余全部持仓的 %1 倍。</translation>
    </message>
    <message>
        <source>Its price changed more than %1-fold since the previous refresh.</source>
        <extracomment>%1 is a factor, such as 100.</extracomment>
        <translation>自上次刷新以来，其价格变动超过 %1 倍。</translation>
    </message>
    <message>
        <source>It still counts in the total until you mark it as spam (or trust it, from the table&apos;s context menu).</source>
        <translation>在您将其标记为垃圾代币（或通过表格的右键菜单信任它）之前，它仍计入总额。</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <translation>精确价值：%1</translation>
    </message>
    <message>
        <source>Mark as Spam</source>
        <extracomment>The button beside a suspicious holding: marks its token as spam (left out of totals).</extracomment>
        <translation>标记为垃圾代币</translation>
    </message>
    <message>
        <source>In the other currency: %1</source>
        <extracomment>%1 is the same total in the other currency (USD, or CNY at OKX&apos;s rate).</extracomment>
        <translation>另一币种：%1</translation>
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
        <translation>回复给出了余额，但没有说明是哪个代币的</translation>
    </message>
</context>
<context>
    <name>TokenArgument</name>
    <message>
        <source>“%1” is never part of a token contract</source>
        <extracomment>%1 is a character of a token&apos;s contract (a space shows as “ ”)</extracomment>
        <translation>“%1”不可能出现在代币合约中</translation>
    </message>
    <message>
        <source>a token contract has at most %1 characters; this one has %2</source>
        <extracomment>%1 is the most characters a contract may have, %2 how many this one has</extracomment>
        <translation>代币合约至多 %1 个字符；此合约有 %2 个</translation>
    </message>
    <message>
        <source>--token “%1”: %2</source>
        <extracomment>%1 is the --token argument as given, %2 what is wrong with it</extracomment>
        <translation>--token “%1”：%2</translation>
    </message>
    <message>
        <source>expected CHAIN:CONTRACT, such as 1:0xdac17f958d2ee523a2206206994597c13d831ec7, or 1: for the chain&apos;s own coin</source>
        <extracomment>Keep CHAIN:CONTRACT and the examples</extracomment>
        <translation>应为 CHAIN:CONTRACT，例如 1:0xdac17f958d2ee523a2206206994597c13d831ec7，链的原生币用 1:</translation>
    </message>
    <message>
        <source>“%1” is not a chain index: expected a number such as 1, 56 or 501</source>
        <extracomment>%1 is what stands before the colon</extracomment>
        <translation>“%1”不是链编号：应为数字，例如 1、56 或 501</translation>
    </message>
</context>
<context>
    <name>TokenGroupModel</name>
    <message numerus="yes">
        <source>%1 in %n holding(s) on %2</source>
        <extracomment>Tooltip of a token&apos;s group row: %1 is the token, %2 the chains it is held on.</extracomment>
        <translation>
            <numerusform>%1，%n 项持仓，位于 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exact balance: %1 %2</source>
        <translation>精确余额：%1 %2</translation>
    </message>
    <message>
        <source>Exact value: %1</source>
        <extracomment>Tooltip of a token&apos;s group row: %1 is the group&apos;s value with every decimal, in the currency shown.</extracomment>
        <translation>精确价值：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n chain(s)</source>
        <extracomment>A token&apos;s group row, Chain column: on how many chains it is held.</extracomment>
        <translation>
            <numerusform>%n 条链</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <extracomment>A token&apos;s group row, Address column: how many watched addresses hold it.</extracomment>
        <translation>
            <numerusform>%n 个地址</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contract(s)</source>
        <extracomment>A token&apos;s group row, Contract column: how many contracts (or native coins) it folds.</extracomment>
        <translation>
            <numerusform>%n 个合约</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenVerdictsDialog</name>
    <message>
        <source>Token Verdicts</source>
        <translation>代币判定</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>代币</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合约</translation>
    </message>
    <message>
        <source>Verdict</source>
        <extracomment>Column header: the user&apos;s verdict on a token (spam or trusted).</extracomment>
        <translation>判定</translation>
    </message>
    <message>
        <source>No verdicts yet. Right-click a holding to mark its token as spam or to trust it.</source>
        <translation>尚无判定。右键单击某项持仓，即可将其代币标记为垃圾代币或信任它。</translation>
    </message>
    <message>
        <source>A token marked as spam is left out of every total like a token OKX flags as risky; a trusted token counts even when OKX flags it. Removing a verdict applies at once.</source>
        <translation>标记为垃圾代币的代币与 OKX 标记为风险的代币一样，不计入任何总额；已信任的代币即使被 OKX 标记也会计入。移除判定立即生效。</translation>
    </message>
    <message>
        <source>Native coin</source>
        <extracomment>The Contract cell of a chain&apos;s own coin, which has no token contract.</extracomment>
        <translation>原生币</translation>
    </message>
    <message>
        <source>spam — marked by you</source>
        <translation>垃圾代币 — 由您标记</translation>
    </message>
    <message>
        <source>trusted by you</source>
        <translation>您已信任</translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Takes the user&apos;s verdict on a token back.</extracomment>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>OKX Wallet Viewer
Total: %1</source>
        <extracomment>The tray icon&apos;s tooltip. %1 is the USD total of every watched address</extracomment>
        <translation>OKX 钱包查看器
总计：%1</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>隐藏窗口(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Show Window</source>
        <translation>显示窗口(&amp;S)</translation>
    </message>
</context>
<context>
    <name>UsdCnyRate</name>
    <message>
        <source>it is empty</source>
        <translation>它是空的</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>它超过 %1 个字符</translation>
    </message>
    <message>
        <source>only digits with at most one &apos;.&apos; between them are allowed</source>
        <translation>只允许数字，中间至多一个 &apos;.&apos;</translation>
    </message>
    <message>
        <source>it has more than %1 digits before the decimal point</source>
        <translation>小数点前超过 %1 位数字</translation>
    </message>
    <message>
        <source>it has more than %1 decimal places</source>
        <translation>小数位超过 %1 位</translation>
    </message>
    <message>
        <source>“%1” is not a USD/CNY rate: %2</source>
        <extracomment>%1 is the (possibly shortened) text, %2 the reason</extracomment>
        <translation>“%1”不是美元/人民币汇率：%2</translation>
    </message>
    <message>
        <source>it is not a decimal number</source>
        <translation>它不是十进制数</translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation>它为零</translation>
    </message>
    <message>
        <source>its time is unknown</source>
        <translation>其时间未知</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>OKX Wallet Viewer User Guide</source>
        <translation>OKX Wallet Viewer 用户指南</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>This guide is written in English.</source>
        <translation>本指南以英文撰写。</translation>
    </message>
</context>
<context>
    <name>ValueHistory</name>
    <message>
        <source>The value history %1 cannot be used: %2. It is left as it is; move it elsewhere to start a new history.</source>
        <extracomment>%1 is a file, %2 what is wrong with it</extracomment>
        <translation>价值历史 %1 无法使用：%2。该文件保持原样；将其移到别处即可开始新的历史记录。</translation>
    </message>
    <message>
        <source>The value history %1 could not be read or written: %2.</source>
        <extracomment>%1 is a file, %2 the database&apos;s reason</extracomment>
        <translation>无法读取或写入价值历史 %1：%2。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <extracomment>Keep the package name</extracomment>
        <translation>未安装 Qt 的 SQLite 驱动（Debian 软件包 libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>it is not a value history of this app</source>
        <translation>它不是本应用的价值历史</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (schema %1; this version reads %2)</source>
        <translation>它由更新版本的应用写入（结构版本 %1；本版本读取 %2）</translation>
    </message>
    <message>
        <source>its schema version %1 is not supported (expected %2)</source>
        <translation>不支持其结构版本 %1（应为 %2）</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>它已损坏（%1）</translation>
    </message>
    <message>
        <source>a recorded %1 is unusable: %2</source>
        <extracomment>%1 is a field name (balance, tokenPrice), %2 why its value is refused</extracomment>
        <translation>某条记录的 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>a recorded total is unusable: %1</source>
        <extracomment>%1 is why the value is refused</extracomment>
        <translation>某条记录的总额无法使用：%1</translation>
    </message>
    <message>
        <source>it could not be upgraded to schema %1 (%2)</source>
        <extracomment>%1 is a schema version, %2 the database&apos;s reason</extracomment>
        <translation>无法升级到架构版本 %1（%2）</translation>
    </message>
    <message>
        <source>the rate or its time is missing</source>
        <translation>汇率或其时间缺失</translation>
    </message>
    <message>
        <source>a recorded USD/CNY rate is unusable: %1</source>
        <extracomment>%1 is why the rate is refused</extracomment>
        <translation>记录的美元/人民币汇率无法使用：%1</translation>
    </message>
</context>
<context>
    <name>VerdictStore</name>
    <message>
        <source>its list of verdicts is missing or holds an unusable entry</source>
        <translation>其判定列表缺失，或包含无法使用的条目</translation>
    </message>
    <message>
        <source>Your token verdicts (spam and trusted tokens) could not be read, so none of them applies. %1</source>
        <extracomment>%1 says what is wrong with the file and that it is kept as it is.</extracomment>
        <translation>无法读取您的代币判定（垃圾代币和已信任代币），因此所有判定均不生效。%1</translation>
    </message>
    <message>
        <source>The token verdict could not be saved, so it was not applied: %1</source>
        <extracomment>%1 is why the file could not be written</extracomment>
        <translation>无法保存代币判定，因此未应用：%1</translation>
    </message>
</context>
<context>
    <name>VersionedJsonFile</name>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>it is too large (%1 bytes)</source>
        <translation>文件过大（%1 字节）</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2); it may be truncated</source>
        <extracomment>%1 is Qt&apos;s description of the JSON error, %2 a byte offset in the file</extracomment>
        <translation>不是有效的 JSON（第 %2 字节处：%1）；文件可能已被截断</translation>
    </message>
    <message>
        <source>it does not hold a JSON object</source>
        <translation>其中不是 JSON 对象</translation>
    </message>
    <message>
        <source>it has no format version</source>
        <translation>缺少格式版本</translation>
    </message>
    <message>
        <source>it was written by a newer version of the app (format %1; this version reads %2)</source>
        <translation>它由更新版本的应用写入（格式 %1；本版本读取格式 %2）</translation>
    </message>
    <message>
        <source>its format version %1 is not supported (expected %2)</source>
        <translation>不支持其格式版本 %1（应为 %2）</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It was deleted.</source>
        <extracomment>%1 a file path, %2 why it is unusable</extracomment>
        <translation>文件 %1 无法使用：%2。已将其删除。</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It could not be moved aside (%3), so it is left as it is and nothing will be saved over it.</source>
        <extracomment>%1 a file path, %2 why it is unusable, %3 why it could not be renamed</extracomment>
        <translation>文件 %1 无法使用：%2。无法将其移到一旁（%3），因此保持原样，不会覆盖保存。</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It was kept as %3.</source>
        <extracomment>%1 a file path, %2 why it is unusable, %3 the path it was renamed to</extracomment>
        <translation>文件 %1 无法使用：%2。已将其保留为 %3。</translation>
    </message>
    <message>
        <source>The file %1 could not be used: %2. It is left as it is, and nothing will be saved over it until it is mended or removed.</source>
        <extracomment>%1 a file path, %2 why it is unusable</extracomment>
        <translation>文件 %1 无法使用：%2。该文件保持原样，在修复或删除之前不会被覆盖保存。</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>unknown chain %1: not one of the chains the app knows</source>
        <extracomment>%1 is one or more chain indexes</extracomment>
        <translation>未知的链 %1：不是本应用已知的链</translation>
    </message>
    <message>
        <source>Added %1 to the watch list on %2.</source>
        <extracomment>%1 is the address (with its label), %2 the chain names</extracomment>
        <translation>已将 %1 添加到关注列表，链：%2。</translation>
    </message>
    <message>
        <source>%1 is not in the watch list</source>
        <translation>%1 不在关注列表中</translation>
    </message>
    <message>
        <source>Removed %1 from the watch list.</source>
        <translation>已从关注列表中移除 %1。</translation>
    </message>
    <message>
        <source>The watch list is empty. Add an address with: okx-wallet-viewer watch add ADDRESS --chains 1,56 --label TEXT</source>
        <extracomment>Keep the command and its options</extracomment>
        <translation>关注列表为空。添加地址：okx-wallet-viewer watch add 地址 --chains 1,56 --label 文本</translation>
    </message>
    <message>
        <source>LABEL</source>
        <extracomment>Column titles of the watch list</extracomment>
        <translation>标签</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>CHAINS</source>
        <translation>链</translation>
    </message>
    <message>
        <source>nothing was imported: %1, line %2: %3</source>
        <extracomment>%1 is the file, %2 a line number, %3 why that line is refused</extracomment>
        <translation>未导入任何内容：%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Skipped line %1: %2, %3.</source>
        <extracomment>%1 is a line number, %2 the address, %3 why it is skipped (&quot;already watched as …&quot;, &quot;repeats line 2&quot;)</extracomment>
        <translation>已跳过第 %1 行：%2，%3。</translation>
    </message>
</context>
<context>
    <name>WatchList</name>
    <message>
        <source>it has no list of addresses</source>
        <translation>其中没有地址列表</translation>
    </message>
    <message numerus="yes">
        <source>%n entries were unusable (%1)</source>
        <extracomment>%n is a count, %1 the reasons joined by &quot;; &quot;</extracomment>
        <translation>
            <numerusform>%n 个条目无法使用（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch list could not be loaded and starts empty. %1</source>
        <translation>无法加载关注列表，将以空列表开始。%1</translation>
    </message>
    <message numerus="yes">
        <source>Some watched addresses could not be loaded; %n others were kept. %1</source>
        <translation>
            <numerusform>部分关注地址无法加载；其余 %n 个已保留。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 重复出现</translation>
    </message>
    <message>
        <source>Enter an address.</source>
        <translation>请输入地址。</translation>
    </message>
    <message>
        <source>Choose at least one chain.</source>
        <translation>请至少选择一条链。</translation>
    </message>
    <message>
        <source>“%1” is not a chain index (a number such as 1 or 56).</source>
        <translation>“%1”不是链编号（应为 1 或 56 这样的数字）。</translation>
    </message>
    <message>
        <source>%1 is already in the watch list (as “%2”).</source>
        <extracomment>%1 is the address, %2 the label or address it is already listed under</extracomment>
        <translation>%1 已在关注列表中（名为“%2”）。</translation>
    </message>
    <message>
        <source>There is no watched address number %1.</source>
        <translation>不存在第 %1 个关注地址。</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
</context>
<context>
    <name>WatchListActions</name>
    <message>
        <source>Add Address</source>
        <translation>添加地址</translation>
    </message>
    <message>
        <source>Edit Address</source>
        <translation>编辑地址</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Removed %1 from the watch list.</source>
        <extracomment>%1 is the removed address&apos;s label (or the address).</extracomment>
        <translation>已从关注列表中移除 %1。</translation>
    </message>
    <message>
        <source>Watch list not saved</source>
        <translation>关注列表未保存</translation>
    </message>
    <message>
        <source>The watch list could not be saved: %1

Free some space and try again, or quit and lose the changes made since it was last saved.</source>
        <extracomment>%1 says why, e.g. &quot;Cannot write …/watchlist.json: No space left on device.&quot;</extracomment>
        <translation>无法保存关注列表：%1

请释放一些空间后重试，或者退出并放弃自上次保存以来的更改。</translation>
    </message>
    <message>
        <source>Add Addresses</source>
        <translation>批量添加地址</translation>
    </message>
</context>
<context>
    <name>WatchListCsv</name>
    <message>
        <source>the file is larger than %L1 MiB, far more than a watch list takes</source>
        <extracomment>%L1 is a size in MiB</extracomment>
        <translation>文件大于 %L1 MiB，远超关注列表所需的大小</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>the first line must be the header address,chains,label</source>
        <extracomment>Keep the header as it is: it is the file&apos;s machine-readable first line</extracomment>
        <translation>第一行必须是表头 address,chains,label</translation>
    </message>
    <message>
        <source>more than %1 addresses in one file</source>
        <extracomment>%1 is the most addresses read from one file</extracomment>
        <translation>单个文件中的地址超过 %1 个</translation>
    </message>
    <message>
        <source>expected 3 fields (address,chains,label), found %1</source>
        <extracomment>%1 is the number of fields on the line</extracomment>
        <translation>应为 3 个字段（address,chains,label），实际为 %1 个</translation>
    </message>
    <message>
        <source>the label is longer than %1 characters</source>
        <extracomment>%1 is a number of characters</extracomment>
        <translation>标签超过 %1 个字符</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is the file, %2 the system&apos;s reason</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>WatchListFileActions</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <extracomment>File type filter of the file dialogs; keep the patterns</extracomment>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Watch List</source>
        <translation>导入关注列表</translation>
    </message>
    <message>
        <source>Nothing was imported: %1, line %2: %3</source>
        <extracomment>%1 is the file, %2 a line number, %3 why that line is refused</extracomment>
        <translation>未导入任何内容：%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <extracomment>%1 is the file, %2 what was added and skipped</extracomment>
        <translation>已导入 %1：%2</translation>
    </message>
    <message>
        <source>Export Watch List</source>
        <translation>导出关注列表</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n watched address(es) to %1</source>
        <extracomment>%n is the number of addresses, %1 the file</extracomment>
        <translation>
            <numerusform>已导出 %n 个关注地址到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchNotifier</name>
    <message>
        <source>%1: %2 since the previous refresh</source>
        <extracomment>Notification title. %1 is an address&apos;s label, %2 a signed USD change such as +$1,250.00</extracomment>
        <translation>%1：自上次刷新以来 %2</translation>
    </message>
    <message>
        <source>Worth %1 now, %2 before.</source>
        <extracomment>Notification text. %1 and %2 are USD amounts</extracomment>
        <translation>现值 %1，之前为 %2。</translation>
    </message>
    <message>
        <source>Worth %1 now, %2 before (%3).</source>
        <extracomment>Notification text. %1 and %2 are USD amounts, %3 the change as a percentage of %2, e.g. 12.5 %</extracomment>
        <translation>现值 %1，之前为 %2（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new token(s)</source>
        <extracomment>Notification title. %1 is an address&apos;s label</extracomment>
        <translation>
            <numerusform>%1：%n 个新代币</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <extracomment>After the list of new tokens in a notification</extracomment>
        <translation>
            <numerusform>……另有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 on %3, which you marked as spam.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name</extracomment>
        <translation>%3 上的 %1 %2，您已将其标记为垃圾代币。</translation>
    </message>
    <message>
        <source>%1 %2 on %3: OKX flags it as risky; you trust it.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name</extracomment>
        <translation>%3 上的 %1 %2：OKX 将其标记为风险代币；您信任它。</translation>
    </message>
    <message>
        <source>%1 %2 on %3: OKX flags it as risky. Unasked-for airdrops are often scams: do not trade or approve it.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name</extracomment>
        <translation>%3 上的 %1 %2：OKX 将其标记为风险代币。未经请求的空投往往是骗局：请勿交易或授权。</translation>
    </message>
    <message>
        <source>%1 %2 on %3 (%4): not flagged by OKX as risky.</source>
        <extracomment>A new token in a notification. %1 is the balance, %2 the token&apos;s symbol, %3 the chain&apos;s name, %4 its USD value</extracomment>
        <translation>%3 上的 %1 %2（%4）：OKX 未将其标记为风险代币。</translation>
    </message>
    <message>
        <source>Refreshes are failing</source>
        <extracomment>Notification title</extracomment>
        <translation>刷新持续失败</translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be refreshed for %n minute(s) or more.</source>
        <extracomment>Notification text. %1 lists address labels; %n is a number of minutes; the reason follows</extracomment>
        <translation>
            <numerusform>%1 已有 %n 分钟或更久无法刷新。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchedAddress</name>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>某个条目不是 JSON 对象</translation>
    </message>
    <message>
        <source>an entry has no address</source>
        <translation>某个条目没有地址</translation>
    </message>
    <message>
        <source>the label of %1 is not text</source>
        <translation>%1 的标签不是文本</translation>
    </message>
    <message>
        <source>the chains of %1 are not a list</source>
        <translation>%1 的链不是列表</translation>
    </message>
    <message>
        <source>a chain of %1 is not a chain index</source>
        <translation>%1 的某条链不是链编号</translation>
    </message>
</context>
<context>
    <name>WindowLauncher</name>
    <message>
        <source>cannot open the window: %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法打开窗口：%1：%2</translation>
    </message>
</context>
</TS>
