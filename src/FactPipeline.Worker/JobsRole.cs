namespace FactPipeline.Worker;

/// <summary>What a host does with the jobs.</summary>
public enum JobsRole
{
    /// <summary>Only queues jobs (<c>enqueue</c>).</summary>
    Client,
    /// <summary>Runs jobs (<c>worker</c>, on any machine).</summary>
    Worker,
    /// <summary>Runs jobs and keeps the nightly schedule (<c>serve</c>).</summary>
    Scheduler,
}
