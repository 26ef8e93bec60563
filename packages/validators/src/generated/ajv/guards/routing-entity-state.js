export { validate29 as guardRoutingEntityState };
const schema40 = {"type":"string","enum":["active","inactive","deleted"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data === "active") || (data === "inactive")) || (data === "deleted"))){
validate29.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema40.enum}}];
return false;
}
validate29.errors = vErrors;
return errors === 0;
}
