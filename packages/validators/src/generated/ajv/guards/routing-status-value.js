export { validate28 as guardRoutingStatusValue };
const schema39 = {"type":"string","enum":["OFF_QUEUE","IDLE","INTERACTING","NOT_RESPONDING","COMMUNICATING"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data === "OFF_QUEUE") || (data === "IDLE")) || (data === "INTERACTING")) || (data === "NOT_RESPONDING")) || (data === "COMMUNICATING"))){
validate28.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema39.enum}}];
return false;
}
validate28.errors = vErrors;
return errors === 0;
}
