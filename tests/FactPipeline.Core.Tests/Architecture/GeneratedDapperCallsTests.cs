using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using FactPipeline.Core.Storage;

namespace FactPipeline.Core.Tests.Architecture;

/// <summary>
/// Every Dapper call in Core is replaced by Dapper.AOT's generated code (an interceptor): a call the generator skips
/// stays on Dapper's reflection path, which emits IL at run time and fails in the Native AOT build. Core's compiled
/// code therefore names no member of <c>Dapper.SqlMapper</c> at all.
/// </summary>
public sealed class GeneratedDapperCallsTests
{
    [Fact]
    public void CoreAssembly_ReferencesNoSqlMapperMember_EveryDapperCallIsGenerated()
    {
        using var stream = File.OpenRead(typeof(SqliteFactStore).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();

        var sqlMapperMembers = metadata.MemberReferences
            .Select(metadata.GetMemberReference)
            .Where(member => member.Parent.Kind == HandleKind.TypeReference
                && metadata.GetTypeReference((TypeReferenceHandle)member.Parent) is var type
                && metadata.GetString(type.Namespace) == "Dapper"
                && metadata.GetString(type.Name) == "SqlMapper")
            .Select(member => metadata.GetString(member.Name))
            .ToArray();

        metadata.TypeReferences.Select(metadata.GetTypeReference)
            .ShouldContain(type => metadata.GetString(type.Namespace) == "Dapper", "Core uses Dapper (through the generated calls)");
        sqlMapperMembers.ShouldBeEmpty();
    }
}
