-- Run after an init.lua that sets up the client: waits for the current
-- buffer's diagnostics and writes them as JSON to TOUCHBASE_OUT, then quits.
-- TOUCHBASE_EXPECTED: how many to wait for; TOUCHBASE_TIMEOUT_MS: how long.
local out = os.getenv('TOUCHBASE_OUT')
local ok, result = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local expected = tonumber(os.getenv('TOUCHBASE_EXPECTED') or '1')
  local timeout = tonumber(os.getenv('TOUCHBASE_TIMEOUT_MS') or '60000')
  local arrived = vim.wait(timeout, function()
    return #vim.diagnostic.get(bufnr) >= expected
  end, 100)
  vim.wait(1500, function()
    return false
  end, 100)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then
      code = d.user_data.lsp.code
    end
    table.insert(diagnostics, { line = d.lnum + 1, severity = d.severity, code = code })
  end
  local clients = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    table.insert(clients, client.name)
  end
  return { arrived = arrived, filetype = vim.bo[bufnr].filetype, clients = clients, diagnostics = diagnostics }
end)
if not ok then
  result = { error = tostring(result) }
end
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
for _, client in pairs(vim.lsp.get_active_clients()) do
  client.stop()
end
vim.wait(5000, function()
  return #vim.lsp.get_active_clients() == 0
end, 100)
vim.cmd(ok and 'qa!' or 'cquit! 1')
