// Every Dapper call in Core is compiled by Dapper.AOT's generator (see FactPipeline.Core.csproj).
[module: Dapper.DapperAot]
// Tuple results bind by column position, as Dapper itself binds them.
[module: Dapper.BindTupleByName(false)]
