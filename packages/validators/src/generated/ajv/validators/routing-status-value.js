export { validate28 as compiledRoutingStatusValue };
const schema39 = {"type":"string","enum":["OFF_QUEUE","IDLE","INTERACTING","NOT_RESPONDING","COMMUNICATING"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((data === "OFF_QUEUE") || (data === "IDLE")) || (data === "INTERACTING")) || (data === "NOT_RESPONDING")) || (data === "COMMUNICATING"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema39.enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
