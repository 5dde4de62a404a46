-- Opens a .client file in headless Neovim with the built-in LSP client
-- attached to `java -jar touchbase.jar lsp`, waits for the diagnostics and
-- writes them as JSON. Works with Neovim 0.7 (vim.lsp.start_client) and
-- 0.8+ (vim.lsp.start). Inputs come from the environment:
--   TOUCHBASE_JAVA, TOUCHBASE_JAR, TOUCHBASE_ROOT, TOUCHBASE_FILE, TOUCHBASE_TODAY,
--   TOUCHBASE_EXPECTED (how many diagnostics to wait for), TOUCHBASE_TIMEOUT_MS,
--   TOUCHBASE_OUT (the JSON file to write).
local env = function(name, default)
  local value = os.getenv(name)
  if value == nil or value == '' then
    return default
  end
  return value
end

local out = env('TOUCHBASE_OUT')
local function finish(result, code)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qa!' or 'cquit! ' .. code)
end

local ok, result = pcall(function()
  local root = env('TOUCHBASE_ROOT')
  local file = env('TOUCHBASE_FILE')
  local today = env('TOUCHBASE_TODAY', '')
  local expected = tonumber(env('TOUCHBASE_EXPECTED', '1'))
  local timeout = tonumber(env('TOUCHBASE_TIMEOUT_MS', '60000'))
  local messages = {}

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.api.nvim_buf_set_option(bufnr, 'filetype', 'touchbase')

  local config = {
    name = 'touchbase',
    cmd = { env('TOUCHBASE_JAVA', 'java'), '-jar', env('TOUCHBASE_JAR'), 'lsp' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
    init_options = { today = today, locale = 'en', rules = vim.empty_dict() },
    settings = { touchbase = { today = today, locale = 'en', rules = vim.empty_dict() } },
    handlers = {
      ['window/logMessage'] = function(_, params)
        table.insert(messages, params.message)
      end,
    },
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  assert(client_id, 'the language client did not start')

  local arrived = vim.wait(timeout, function()
    return #vim.diagnostic.get(bufnr) >= expected
  end, 100)
  -- Let a later publication (if any) replace the first one.
  vim.wait(1500, function()
    return false
  end, 100)

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code
    if code == nil and d.user_data and d.user_data.lsp then
      code = d.user_data.lsp.code
    end
    table.insert(diagnostics, {
      line = d.lnum + 1,
      column = d.col + 1,
      severity = d.severity,
      code = code,
      source = d.source,
      message = d.message,
    })
  end
  local client = vim.lsp.get_client_by_id(client_id)
  local result = {
    arrived = arrived,
    server = client and client.server_capabilities and vim.tbl_keys(client.server_capabilities) or {},
    diagnostics = diagnostics,
    log = messages,
  }
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function()
    return vim.lsp.client_is_stopped(client_id)
  end, 100)
  return result
end)

if ok then
  finish(result, 0)
else
  finish({ error = tostring(result) }, 3)
end
