namespace FactPipeline.Core.Accounts;

/// <summary>What a desk user may do: a viewer reads, an editor also decides findings, an admin also manages users.</summary>
public enum UserRole
{
    Viewer,
    Editor,
    Admin,
}
